import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SiteLoader } from '../../src/build/load-site.ts';
import { SearchIndexWorker } from '../../src/build/search-index.ts';
import { planRender } from '../../src/build/site-render.ts';
import { writeWithEleventy } from '../../src/eleventy/run-eleventy.ts';
import { assertSameTree, listFiles } from '../helpers/files.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-run-eleventy-'));
after(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });

/** Builds `content` into `out` as the CLI does, writing at most `perPass` role pages per Eleventy run. */
async function build(out: string, perPass: number, previousSite?: string): Promise<void> {
  const site = await new SiteLoader().load({ contentDir: content, today: '2026-11-23' });
  assert.ok(site.model.roles.length > 10, 'enough roles for several runs');
  await writeWithEleventy(out, planRender(site.model, { previousSite, rolePagesPerRun: perPass, searchIndex: new SearchIndexWorker() }), previousSite);
  const pages = new Set(listFiles(out));
  assert.deepEqual(site.model.roles.filter((role) => !pages.has(`${role.url.slice(1)}index.html`)), [], 'every role has its page');
}

test('a site written in several Eleventy runs is byte for byte the site written in one', async () => {
  await build(join(work, 'one-run'), 1000);
  await build(join(work, 'five-a-run'), 5);
  assertSameTree(join(work, 'five-a-run'), join(work, 'one-run'));
});

test('a rebuild renders the changed role pages in several runs and carries the others over', async () => {
  const previous = join(work, 'previous');
  await build(previous, 5);
  const edited = ['engineering/backend-engineer', 'people/recruiter', 'sales/account-executive'];
  for (const page of edited) appendFileSync(join(content, `${page}.md`), '\nA line added in a merge request.\n');
  const next = join(work, 'next');
  await build(next, 1, previous); // one run per edited page
  await build(join(work, 'next-clean'), 1000);
  assertSameTree(next, join(work, 'next-clean'));
  const inode = (site: string, file: string): number => statSync(join(site, file)).ino;
  for (const page of edited) assert.notEqual(inode(next, `${page}/index.html`), inode(previous, `${page}/index.html`), `${page} is written anew`);
  const carried = listFiles(previous).filter((file) => file.endsWith('/index.html') && statSync(join(next, file)).ino === inode(previous, file));
  assert.equal(carried.length, 9, 'the other nine role pages are carried over');
});
