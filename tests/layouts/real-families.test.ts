import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rolesJson } from '../../layouts/files/roles-json.ts';
import { rolePageHtml } from '../../layouts/role.ts';
import { layoutContext } from '../../layouts/site-pages.ts';
import { discoverContent } from '../../src/content/discover.ts';
import { loadPage, type LoadedPage } from '../../src/content/load-page.ts';
import type { Role } from '../../src/model/role.ts';
import { SettingsSchema } from '../../src/model/settings-schema.ts';
import { makeSiteModel, type SiteModel } from '../../src/model/site-model.ts';
import { REPO_ROOT, SHARED_DIR, SKIP_WITHOUT_SHARED } from '../helpers/paths.ts';

// Real pages from ../shared: GitLab's handbook since 2023 (families as folders) and Sourcegraph's (no front matter).
const settings = SettingsSchema.parse({ name: 'Careers', origin: 'https://careers.example.com' });

async function load(folder: string): Promise<{ files: string[]; pages: LoadedPage[]; found: string[]; site: SiteModel }> {
  const { files, diagnostics } = await discoverContent(join(SHARED_DIR ?? '', folder), REPO_ROOT);
  const pages = files.map((file) => loadPage({ bytes: readFileSync(file.absolute), file: file.file, pathInContent: file.pathInContent }, { settings, today: '2026-06-01' }));
  const site = makeSiteModel(settings, pages.flatMap((page): Role[] => (page.role ? [page.role] : [])));
  return { files: files.map((f) => f.pathInContent), pages, found: diagnostics.map((d) => `${d.file} ${d.rule}`), site };
}

const errors = (pages: readonly LoadedPage[]): string[] =>
  pages.flatMap((page) => page.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`));

const TPM = '/job-families/alliances/technology-partner-manager/';

test('corpus-2023: every file is listed as a page, including each _index.md', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const { files, found } = await load('corpus-2023');
  assert.deepEqual(found, []);
  assert.equal(files.length, 11);
  assert.ok(files.includes('job-families/alliances/technology-partner-manager/_index.md'));
  assert.ok(files.includes('job-families/engineering/development/fullstack/_index.md'));
});

// Needs the page without front matter (its title is its first heading) to load, which the content edge reads.
test('corpus-2023: every page loads without an error', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const { pages, site } = await load('corpus-2023');
  assert.deepEqual(errors(pages), []);
  assert.equal(site.roles.length, 11);
});

test('corpus-2023: the technology-partner-manager family lists its five level pages in weight order, with grades and links', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const { site } = await load('corpus-2023');
  const family = site.familyByUrl.get(TPM);
  assert.ok(family);
  assert.equal(family.page.url, TPM);
  assert.deepEqual(family.levels.map((l) => [l.role.url, l.grade]), [
    [`${TPM}associate/`, 5],
    [`${TPM}intermediate/`, 6],
    [`${TPM}senior/`, 7],
    [`${TPM}manager/`, 8],
    [`${TPM}senior-manager/`, 9],
  ]);
  const page = rolePageHtml(family.page, layoutContext(site));
  const ladder = page.slice(page.indexOf('<ol class="ladder">'), page.indexOf('</ol>', page.indexOf('<ol class="ladder">')));
  assert.deepEqual([...ladder.matchAll(/<a href="([^"]+)">[^<]+<\/a><\/span> <span class="grade">Grade (\d+)<\/span>/g)].map((m) => [m[1], Number(m[2])]), [
    [`${TPM}associate/`, 5],
    [`${TPM}intermediate/`, 6],
    [`${TPM}senior/`, 7],
    [`${TPM}manager/`, 8],
    [`${TPM}senior-manager/`, 9],
  ]);
  const fullstack = site.familyByUrl.get('/job-families/engineering/development/fullstack/');
  assert.deepEqual(fullstack?.levels.map((l) => l.role.title), ['Associate Fullstack Engineer', 'Intermediate Fullstack Engineer']);
  const json = JSON.parse(rolesJson(site)) as { url: string; family: { url: string } | null }[];
  assert.deepEqual(json.filter((r) => r.family?.url === TPM).map((r) => r.url), [`${TPM}associate/`, `${TPM}intermediate/`, `${TPM}manager/`, `${TPM}senior-manager/`, `${TPM}senior/`]);
});

test('corpus-sourcegraph: every file is listed as a page, and none forms a family', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const { files, found, site } = await load('corpus-sourcegraph');
  assert.deepEqual(found, []);
  assert.equal(files.length, 3);
  assert.deepEqual(site.families, []);
});

// Needs pages without front matter to load, which the content edge reads.
test('corpus-sourcegraph: every page loads without an error', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const { pages, site } = await load('corpus-sourcegraph');
  assert.deepEqual(errors(pages), []);
  assert.equal(site.roles.length, 3);
});
