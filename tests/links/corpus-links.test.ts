import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { checkSiteLinks } from '../../src/links/check-site-links.ts';
import { loadSite } from '../../src/build/load-site.ts';
import { SHARED_DIR, SKIP_WITHOUT_SHARED } from '../helpers/paths.ts';

const shared = (folder: string): string => resolve(SHARED_DIR ?? '', folder);
const settingsFile = 'tests/fixtures/links/default.config.yaml';

test('the seed pages link into /handbook/, /team and about.gitlab.com: none of it is reported', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const { model, diagnostics } = await loadSite({ contentDir: shared('seeds'), settingsFile, today: '2026-01-15' });
  assert.equal(model.roles.length, 5);
  assert.deepEqual(diagnostics.filter((d) => d.rule.startsWith('link/')), []);
});

test('the corpus: the real broken links are found at their lines, and no link that leaves the site is reported', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const { model } = await loadSite({ contentDir: shared('corpus'), settingsFile, today: '2026-01-15' });
  assert.equal(model.roles.length, 64);
  const found = checkSiteLinks(model).map((d) => `${d.file.slice(d.file.indexOf('corpus/') + 7)}:${d.line}:${d.column} ${d.rule} | ${d.message} | ${d.hint}`);
  assert.deepEqual(found, [
    // The heading these point at was written as bold text or never written, so the page has no such id.
    'job-families/engineering/development/management/vp/index.html.md:26:144 link/missing-fragment | The link "#senior-director-development" leads to no heading on this page: nothing here has the id "senior-director-development". | Use the id of a heading on that page (the table of contents shows them), or link to the page without `#…`.',
    'job-families/engineering/development/management/vp/index.html.md:38:169 link/missing-fragment | The link "#specialties" leads to no heading on this page: nothing here has the id "specialties". | Use the id of a heading on that page (the table of contents shows them), or link to the page without `#…`.',
    // /jobs/ is a folder this site builds pages in, so paths there that are not pages are broken.
    'jobs/developer/index.html.md:10:17 link/missing-page | The link "/jobs/specialist" (/jobs/specialist/) leads to a folder with no page of its own, only pages below it. | Link to one of them, such as /jobs/specialist/backstage/.',
    'jobs/developer/index.html.md:35:3 link/missing-page | The link "/jobs/#technical-interview" leads to a folder with no page of its own, only pages below it. | Link to one of them, such as /jobs/account-executive/.',
    'jobs/service-engineer/index.html.md:109:3 link/missing-page | The link "/jobs/#technical-interview" leads to a folder with no page of its own, only pages below it. | Link to one of them, such as /jobs/account-executive/.',
    'jobs/specialist/issue-triage/index.html.md:10:34 link/missing-page | The link "/jobs/edge-lead/" leads to no page: the site builds nothing there. | Check the path against the site (roles.json lists every page), or remove the link.',
    'jobs/specialist/issue-triage/index.html.md:66:3 link/missing-page | The link "/jobs/#technical-interview" leads to a folder with no page of its own, only pages below it. | Link to one of them, such as /jobs/account-executive/.',
    'jobs/support-lead/index.html.md:32:3 link/missing-page | The link "/jobs/#technical-interview" leads to a folder with no page of its own, only pages below it. | Link to one of them, such as /jobs/account-executive/.',
  ]);
});
