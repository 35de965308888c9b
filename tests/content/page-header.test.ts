import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readPageHeader } from '../../src/content/page-header.ts';

const header = (text: string): string[] => {
  const read = readPageHeader(text, 'page.md');
  const said = read.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
  return read.ok ? [`title ${JSON.stringify(read.title)} at ${read.titleAt.line}:${read.titleAt.column}, body from line ${read.body.bodyLine}: ${JSON.stringify(read.body.body)}`, ...said] : said;
};

test('front matter without a title takes it from the opening heading, which leaves the body, with a warning there', () => {
  assert.deepEqual(header('---\nlayout: job_page\n---\n\n# Backend Engineer\n\nWe build.\n'), [
    'title "Backend Engineer" at 5:1, body from line 6: "\\nWe build.\\n"',
    '5:1 warning front-matter/title-from-heading The front matter has no `title`; the title "Backend Engineer" is read from this heading.',
  ]);
  assert.deepEqual(header('---\n---\nBackend *Engineer*\n===\n'), [
    'title "Backend Engineer" at 3:1, body from line 5: ""',
    '3:1 warning front-matter/title-from-heading The front matter has no `title`; the title "Backend Engineer" is read from this heading.',
  ]);
});

test("without a heading, Hugo's linkTitle is the title; with neither, the missing title is an error", () => {
  assert.deepEqual(header('---\nlinkTitle: Frontend\nweight: 3\n---\nNo heading.\n'), [
    'title "Frontend" at 2:12, body from line 5: "No heading.\\n"',
    '2:12 warning front-matter/title-from-heading The front matter has no `title`; its `linkTitle` "Frontend" is used as the title.',
  ]);
  assert.deepEqual(header('---\nlayout: job_page\n---\nNo heading.\n'), ['1:1 error front-matter/required `title` is required.']);
  // A title that is given wins over the heading, which stays in the body.
  assert.deepEqual(header('---\ntitle: Given\n---\n# Heading\n'), ['title "Given" at 2:8, body from line 4: "# Heading\\n"']);
});
