import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SiteLoader } from '../../src/build/load-site.ts';
import { SearchIndexWorker } from '../../src/build/search-index.ts';
import { planRender } from '../../src/build/site-render.ts';
import { writeWithEleventy } from '../../src/eleventy/run-eleventy.ts';
import { listFiles } from '../helpers/files.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-page-assets-'));
after(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
const page = (path: string, body: string): void => {
  mkdirSync(join(content, path, '..'), { recursive: true });
  writeFileSync(join(content, path), `---\ntitle: ${path.split('/')[1]}\n---\n\n${body}\n\n## Responsibilities\n\n- Build.\n\n## Requirements\n\n- Care.\n`);
};
// A Hugo page bundle, a page beside a folder of pictures, a missing image, a link out of the folder and an SVG.
page('engineering/backend/index.md', '![The team](team.png) and the [ladder](../ladder.pdf#page=2), again: ![](team.png)');
page('engineering/frontend.md', '![Offsite](Team%20Photos/offsite.JPG) ![Gone](missing.png) ![Secret](outside.png) ![Drawn](diagram.svg) ![Folder](folder.png)');
writeFileSync(join(content, 'engineering/backend/team.png'), 'png bytes');
writeFileSync(join(content, 'engineering/ladder.pdf'), 'pdf bytes');
mkdirSync(join(content, 'engineering/Team Photos'));
writeFileSync(join(content, 'engineering/Team Photos/offsite.JPG'), 'jpg bytes');
writeFileSync(join(content, 'engineering/diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
mkdirSync(join(content, 'engineering/folder.png'));
writeFileSync(join(work, 'secret.png'), 'not in the content folder');
// A draft is checked, not published: its picture is known to the link check and left out of the site.
page('engineering/draft.md', '![Plan](plan.png)');
writeFileSync(join(content, 'engineering/draft.md'), readFileSync(join(content, 'engineering/draft.md'), 'utf8').replace('---\n\n', 'draft: true\n---\n\n'));
writeFileSync(join(content, 'engineering/plan.png'), 'draft picture');
symlinkSync(join(work, 'secret.png'), join(content, 'engineering/outside.png'));

test('the images and documents pages link to beside them are published; a missing, outside or SVG one is a broken link', async () => {
  const loaded = await new SiteLoader().load({ contentDir: content, today: '2026-12-02', cacheDir: undefined });
  assert.deepEqual(loaded.model.assets?.map((asset) => `${asset.inContent} → ${asset.file}${asset.unpublished ? ' (not published)' : ''}`), [
    'engineering/backend/team.png → /engineering/backend/team.png',
    'engineering/ladder.pdf → /engineering/ladder.pdf',
    'engineering/plan.png → /engineering/plan.png (not published)',
    'engineering/Team Photos/offsite.JPG → /engineering/team-photos/offsite.jpg',
  ]);
  const links = loaded.check().diagnostics.filter((d) => d.rule.startsWith('link/')).map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
  assert.deepEqual(links, [
    '5:39 link/missing-page The link "missing.png" points at the content file engineering/missing.png, which is not a file inside the content folder, so it is not published.',
    '5:60 link/missing-page The link "outside.png" points at the content file engineering/outside.png, which is not a file inside the content folder, so it is not published.',
    '5:83 link/missing-page The link "diagram.svg" (/engineering/frontend/diagram.svg) leads to no page: the site builds nothing there.',
    '5:105 link/missing-page The link "folder.png" points at the content file engineering/folder.png, which is not a file inside the content folder, so it is not published.',
  ]);

  const out = join(work, 'site');
  await writeWithEleventy(out, planRender(loaded.model, { searchIndex: new SearchIndexWorker() }), undefined);
  const files = listFiles(out);
  for (const file of ['engineering/backend/team.png', 'engineering/ladder.pdf', 'engineering/team-photos/offsite.jpg']) assert.ok(files.includes(file), `${file} is published`);
  assert.equal(readFileSync(join(out, 'engineering/team-photos/offsite.jpg'), 'utf8'), 'jpg bytes');
  assert.deepEqual(files.filter((file) => /secret|outside|diagram|folder|plan/.test(file)), []);
  const html = readFileSync(join(out, 'engineering/backend/index.html'), 'utf8');
  assert.match(html, /<img src="\/engineering\/backend\/team\.png" alt="The team">/);
  assert.match(html, /<a href="\/engineering\/ladder\.pdf#page=2">ladder<\/a>/);
  assert.match(readFileSync(join(out, 'engineering/frontend/index.html'), 'utf8'), /<img src="\/engineering\/team-photos\/offsite\.jpg" alt="Offsite">/);
});
