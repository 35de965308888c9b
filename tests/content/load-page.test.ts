import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPage } from '../../src/content/load-page.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';

const load = (text: string, pathInContent = 'engineering/x.md') =>
  loadPage({ bytes: new TextEncoder().encode(text), file: `content/${pathInContent}`, pathInContent }, { settings: DEFAULT_SETTINGS, today: '2026-06-01' });
const found = (text: string, path?: string): string[] => load(text, path).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);

test('a body nested too deeply for remark is refused at its file position, before remark sees it', () => {
  assert.deepEqual(found(`---\ntitle: x\n---\n\nfine\n${'>'.repeat(60)} deep\n`), ['6:51 markdown/too-deep Block quotes and lists are nested more than 50 levels deep here; the page is not rendered.']);
});

test('a file name that gives an unsafe URL is refused', () => {
  assert.deepEqual(found('---\ntitle: x\n---\n', 'engineering/a b.md'), ['1:1 url/unsafe The file\'s path gives the URL "/engineering/a b/", which is not safe: the segment "a b" contains a space, which is not safe in file names (use letters, digits, ".", "_", "~" and "-", starting with a letter or digit).']);
});

test('the one-page content rules run in the loader, on the text it already holds', () => {
  assert.deepEqual(found('---\ntitle: x\n---\n\n## Responsibilities\n\n- TODO\n\n## Requirements\n\n- Rust\n'), ['7:3 content/placeholder Placeholder text "TODO" is left in the page.']);
});

test('summary falls back from summary to description to the first paragraph', () => {
  assert.equal(load('---\ntitle: x\nsummary: S\ndescription: D\n---\n\nP\n').role?.summary, 'S');
  assert.equal(load('---\ntitle: x\ndescription: D\n---\n\nP\n').role?.summary, 'D');
  assert.equal(load('---\ntitle: x\n---\n\nFirst *paragraph*.\n\nSecond.\n').role?.summary, 'First paragraph.');
});

test('expired openings are dropped with a warning at their date; current ones are kept', () => {
  const page = load('---\ntitle: x\nopenings:\n  - id: old\n    apply_url: https://jobs.example/old\n    date_posted: "2025-01-01"\n    valid_through: "2025-02-01"\n  - id: new\n    apply_url: https://jobs.example/new\n    date_posted: "2026-05-01"\n---\n');
  assert.deepEqual(page.role?.openings.map((o) => o.id), ['new']);
  assert.deepEqual(page.diagnostics.filter((d) => !d.rule.startsWith('content/')).map((d) => `${d.line}:${d.column} ${d.rule}`), ['7:20 opening/expired']);
});
