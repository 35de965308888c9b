import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanHtml } from '../../src/links/html-scan.ts';
import { checkLayoutLinks } from '../../src/links/layout-links.ts';
import { buildLinkIndex } from '../../src/links/link-index.ts';
import { makeSiteModel } from '../../src/model/site-model.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import type { Role } from '../../src/model/role.ts';

function role(url: string, sectionIds: readonly string[]): Role {
  return {
    source: `content${url}index.md`, sourceInContent: `${url.slice(1)}index.md`, url, title: url, titleAt: { line: 2, column: 8 }, summary: '', department: { id: 'engineering', name: 'Engineering' },
    levels: [], specialties: [], responsibilities: [], requirements: [], performanceIndicators: [], hiringProcess: [],
    sections: sectionIds.map((id, i) => ({ depth: 2, title: id, id, line: i + 5 })), links: [], redirectFrom: [], openings: [], html: '', text: '',
  } as Role;
}

test('a broken layout link is reported once, at the layout that rendered the page, counting the pages that carry it', () => {
  const site = makeSiteModel(DEFAULT_SETTINGS, [role('/engineering/a/', ['intro']), role('/engineering/b/', ['intro'])]);
  // As indexSite builds it: the ids the layout writes come from the rendered pages.
  const index = buildLinkIndex(site, { files: ['/assets/site.css'], pages: new Map([['/engineering/a/', ['main']], ['/engineering/b/', ['main']]]) });
  const page = (path: string, sectionId: string) => ({
    path,
    layout: 'role' as const,
    ...scanHtml(`<a href="#main">Skip</a><link rel="stylesheet" href="/assets/site.css"><a href="/">Home</a><a href="/engineering/">Up</a><a href="#${sectionId}">S</a>`),
  });
  const found = checkLayoutLinks([page('/engineering/a/', 'intro'), page('/engineering/b/', 'intr')], index);
  assert.deepEqual(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} | ${d.message} | ${d.hint}`), [
    'layouts/role.ts:1:1 link/missing-page | The link "/engineering/" leads to a folder with no page of its own, only pages below it. (written by the layout on 2 pages, such as /engineering/a/) | Link to one of them, such as /engineering/a/.',
    'layouts/role.ts:1:1 link/missing-fragment | The link "#intr" leads to no heading on this page: nothing here has the id "intr". (written by the layout on the page /engineering/b/) | Did you mean #intro?',
  ]);
});
