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

test('a file name unsafe in a URL is published at its slug, with a warning naming it', () => {
  const page = load('---\ntitle: x\n---\n', 'Sales & Marketing/Senior Director, Strategy.md');
  assert.equal(page.role?.url, '/sales-marketing/senior-director-strategy/');
  assert.deepEqual(found('---\ntitle: x\n---\n', 'engineering/A b.md').filter((d) => d.includes(' url/')), ['1:1 url/slugged The file\'s path "/engineering/A b/" is not safe in a URL; the page is published at "/engineering/a-b/".']);
});

test('a file name that leaves no safe URL is refused, and its body is still checked', () => {
  const page = load('---\ntitle: x\n---\n\nTBD\n', 'engineering/&.md');
  assert.equal(page.role, undefined);
  assert.deepEqual(page.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`), ['1:1 url/unsafe', '1:1 content/required-section', '1:1 content/required-section', '5:1 content/placeholder']);
});

test('a page without front matter is a role titled by its opening heading, which is left out of the body', () => {
  const page = load('\n### **Lead** _Analyst_ {: #lead}\n\nLead the analysts.\n\n## Responsibilities\n\n- Plan\n\n## Requirements\n\n- SQL\n');
  assert.equal(page.role?.title, 'Lead Analyst');
  assert.deepEqual(page.role?.titleAt, { line: 2, column: 1 });
  assert.equal(page.role?.summary, 'Lead the analysts.');
  assert.equal(page.role?.sections[0]?.title, 'Responsibilities');
  assert.deepEqual(found('# Lead Analyst\n\nText.\n\n## Responsibilities\n\n- Plan\n\n## Requirements\n\n- SQL\n'), ['1:1 front-matter/absent The page has no front matter; its title "Lead Analyst" is read from this heading.']);
  assert.deepEqual(found('Text first.\n\n# Heading\n').slice(0, 1), ['1:1 front-matter/missing The page has no front matter: it must start with a `---` line.']);
});

test('a page whose front matter has errors is not published, but its body is checked and read for the link check', () => {
  const page = load('---\ntitle: [unclosed\n---\n\n## Responsibilities\n\nSee [a](other.md), <script>x</script> and TODO.\n');
  assert.equal(page.role, undefined);
  assert.equal(page.unpublished?.title, 'Responsibilities');
  assert.deepEqual(page.unpublished?.links, [{ url: 'other.md', line: 7, column: 5 }]);
  assert.deepEqual(page.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`), ['2:17 front-matter/syntax', '7:20 markdown/raw-html', '1:1 content/required-section', '7:43 content/placeholder']);
  assert.equal(load('---\ntitle: 5\n---\n\nText.\n').unpublished?.title, 'x');
  assert.equal(load('---\ntitle: 5\n---\n\n# Opening heading\n').unpublished?.title, 'Opening heading');
});

test("Hugo's and GitLab's keys are accepted quietly; weight and aliases are read", () => {
  const page = load('---\ntitle: x\nweight: 20\naliases: [old-name, /jobs/older/]\ndraft: false\ncascade: {type: docs}\nmanual_cookiebot: true\nlinkTitle: X\n---\n', 'engineering/x.md');
  assert.equal(page.role?.weight, 20);
  assert.deepEqual(page.role?.redirectFrom, ['/engineering/old-name/', '/jobs/older/']);
  assert.deepEqual(page.diagnostics.filter((d) => d.rule.startsWith('front-matter/')), []);
  assert.equal(load('---\ntitle: x\n---\n').role?.weight, null);
  assert.deepEqual(found('---\ntitle: x\nweight: heavy\n---\n').filter((d) => d.includes('front-matter/')), ['3:9 front-matter/type `weight` must be a number, not the text "heavy".']);
});

test("Hugo's draft keeps a page off the site, checked and read for the link check, with a warning at the key", () => {
  const page = load('---\ntitle: x\ndraft: true\n---\n\nSee [a](other.md).\n');
  assert.equal(page.role, undefined);
  assert.equal(page.unpublished?.url, '/engineering/x/');
  assert.deepEqual(page.unpublished?.links, [{ url: 'other.md', line: 6, column: 5 }]);
  assert.deepEqual(page.diagnostics.filter((d) => d.rule.startsWith('front-matter/')).map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`), ['3:8 front-matter/draft This page is a draft (`draft: true`), so it is not published.']);
  assert.ok(page.diagnostics.some((d) => d.rule === 'content/required-section'), 'the rest of the page is still checked');
  assert.equal(load('---\ntitle: x\ndraft: "true"\n---\n').role, undefined, 'as Hugo reads it, the text "true" is true');
  assert.equal(load('---\ntitle: x\ndraft: "false"\n---\n').role?.url, '/engineering/x/');
  assert.deepEqual(found('---\ntitle: x\ndraft: maybe\n---\n').filter((d) => d.includes('front-matter/')).map((d) => d.split(' ').slice(0, 2).join(' ')), ['3:8 front-matter/type']);
});

test("Jekyll's published: false keeps a page off the site as a draft does, with a warning at the key", () => {
  const page = load('---\ntitle: x\npublished: false\n---\n');
  assert.equal(page.role, undefined);
  assert.equal(page.unpublished?.url, '/engineering/x/');
  assert.deepEqual(page.diagnostics.filter((d) => d.rule.startsWith('front-matter/')).map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`), ['3:12 front-matter/draft This page is a draft (`published: false`), so it is not published.']);
  assert.equal(load('---\ntitle: x\npublished: true\n---\n').role?.url, '/engineering/x/');
});

test("Hugo's url is the page's whole path and its slug the last part; an unsafe one is an error at the key", () => {
  assert.equal(load('---\ntitle: x\nurl: /jobs/data-engineer/\n---\n', 'engineering/Data Engineer.md').role?.url, '/jobs/data-engineer/');
  assert.equal(load('---\ntitle: x\nurl: jobs/data\n---\n').role?.url, '/jobs/data/');
  assert.equal(load('---\ntitle: x\ncanonical_path: /a/\nurl: /b/\n---\n').role?.url, '/a/', 'canonical_path wins');
  const slugged = load('---\ntitle: x\nslug: data-engineer\n---\n', 'engineering/Data Engineer, Senior.md');
  assert.equal(slugged.role?.url, '/engineering/data-engineer/');
  assert.deepEqual(slugged.diagnostics.filter((d) => d.rule.startsWith('url/')), [], 'the slug is the URL asked for: no url/slugged warning');
  assert.equal(load('---\ntitle: x\nslug: lead\n---\n', 'engineering/lead-engineer/index.md').role?.url, '/engineering/lead/');
  assert.deepEqual(found('---\ntitle: x\nslug: a/b\n---\n').filter((d) => d.includes('front-matter/')).map((d) => d.split(' ').slice(0, 2).join(' ')), ['3:7 front-matter/type']);
  assert.deepEqual(found('---\ntitle: x\nurl: ../../etc/\n---\n').filter((d) => d.includes('front-matter/')).map((d) => d.split(' ').slice(0, 2).join(' ')), ['3:6 front-matter/type']);
});

test("Jekyll's permalink is the page's path when it is a plain folder path; otherwise a warning at the key, and the file's URL", () => {
  assert.equal(load('---\ntitle: x\npermalink: /careers/data-engineer/\n---\n').role?.url, '/careers/data-engineer/');
  assert.equal(load('---\ntitle: x\npermalink: careers/data\n---\n').role?.url, '/careers/data/');
  assert.equal(load('---\ntitle: x\nurl: /hugo/\npermalink: /jekyll/\n---\n').role?.url, '/hugo/', "Hugo's url wins");
  for (const [permalink, problem] of [['/:categories/:title/', 'it has placeholders only Jekyll fills in'], ['/careers/x.html', 'it names a file, and pages are published as folders'], ['/../etc/', 'it contains "." or ".." segments, which could lead outside the site']] as const) {
    const page = load(`---\ntitle: x\npermalink: ${permalink}\n---\n`);
    assert.equal(page.role?.url, '/engineering/x/', permalink);
    assert.deepEqual(page.diagnostics.filter((d) => d.rule === 'front-matter/permalink').map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`), [
      `3:12 warning The permalink "${permalink}" is not used (${problem}); the page is published at /engineering/x/, the URL of its file.`,
    ]);
  }
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
