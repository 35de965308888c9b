import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { scanHtml } from '../../src/links/html-scan.ts';
import { checkLayoutLinks } from '../../src/links/layout-links.ts';
import { findLayoutAttribute, layoutAttributes } from '../../src/links/layout-source.ts';
import { buildLinkIndex } from '../../src/links/link-index.ts';
import { makeSiteModel } from '../../src/model/site-model.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import type { Role } from '../../src/model/role.ts';

// A layout file as the real ones are written: `html` templates with href attributes.
const LAYOUT = [
  "import { html } from '../src/site/html.ts';",
  'export function shell(urls, page) {',
  '  return html`<a href="#${MAIN_ID}">Skip</a>',
  '<link rel="stylesheet" href="${urls.href(SITE_FILES.stylesheet)}">',
  '<a href="${urls.href(\'/\')}">Home</a><a href="${urls.href(page.parent)}">Up</a>',
  '<a href="#${section.id}">Section</a>`;',
  '}',
].join('\n');

function role(url: string, sectionIds: readonly string[]): Role {
  return {
    source: `content${url}index.md`, sourceInContent: `${url.slice(1)}index.md`, url, title: url, titleAt: { line: 2, column: 8 }, summary: '', department: { id: 'engineering', name: 'Engineering' },
    levels: [], specialties: [], responsibilities: [], requirements: [], performanceIndicators: [], hiringProcess: [],
    sections: sectionIds.map((id, i) => ({ depth: 2, title: id, id, line: i + 5 })), links: [], redirectFrom: [], openings: [], html: '', text: '',
  };
}

test('layout attributes are found with their positions, and a rendered URL is traced to the attribute that wrote it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layouts-'));
  writeFileSync(join(dir, 'shell.ts'), LAYOUT);
  const attributes = layoutAttributes(dir);
  const file = relative(process.cwd(), join(dir, 'shell.ts'));
  assert.deepEqual(attributes.map((a) => `${a.line}:${a.column} ${a.pattern.replace(/\u0000/g, '|')}`), [
    '3:18 ^#main$', '4:24 ^|href|/assets/site\\.css$', '5:4 ^|href|/$', '5:40 ^|href|/.*$', '6:4 ^#.*$',
  ]);
  const site = { origin: 'https://jobs.example.com', path_prefix: '/careers/' };
  const at = (url: string): string | undefined => { const a = findLayoutAttribute(url, attributes, site); return a && `${a.file}:${a.line}:${a.column}`; };
  assert.equal(at('#main'), `${file}:3:18`);
  assert.equal(at('#senior'), `${file}:6:4`);
  assert.equal(at('/careers/assets/site.css'), `${file}:4:24`);
  assert.equal(at('/assets/site.css'), undefined);
  assert.equal(at('/careers/'), `${file}:5:4`);
  assert.equal(at('/careers/jobs/x/'), `${file}:5:40`);
});

test('a broken layout link is reported once at the layout line, counting the pages that carry it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layouts-'));
  writeFileSync(join(dir, 'shell.ts'), LAYOUT);
  const file = relative(process.cwd(), join(dir, 'shell.ts'));
  const site = makeSiteModel(DEFAULT_SETTINGS, [role('/engineering/a/', ['intro']), role('/engineering/b/', ['intro'])]);
  // As indexSite builds it: the ids the layout writes come from the rendered pages.
  const index = buildLinkIndex(site, { files: ['/assets/site.css'], pages: new Map([['/engineering/a/', ['main']], ['/engineering/b/', ['main']]]) });
  const page = (path: string, sectionId: string) => ({
    path,
    ...scanHtml(`<a href="#main">Skip</a><link rel="stylesheet" href="/assets/site.css"><a href="/">Home</a><a href="/engineering/">Up</a><a href="#${sectionId}">S</a>`),
  });
  const found = checkLayoutLinks([page('/engineering/a/', 'intro'), page('/engineering/b/', 'intr')], index, layoutAttributes(dir));
  assert.deepEqual(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} | ${d.message} | ${d.hint}`), [
    `${file}:5:40 link/missing-page | The link "/engineering/" leads to a folder with no page of its own, only pages below it. (written by the layout on 2 pages, such as /engineering/a/) | Link to one of them, such as /engineering/a/.`,
    `${file}:6:4 link/missing-fragment | The link "#intr" leads to no heading on this page: nothing here has the id "intr". (written by the layout on the page /engineering/b/) | Did you mean #intro?`,
  ]);
});
