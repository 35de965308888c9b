import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { discoverContent } from '../../src/content/discover.ts';
import { loadSettings } from '../../src/settings/load-settings.ts';
import { PageLoader } from '../../src/build/load-pages.ts';
import { loadSite, SiteLoader } from '../../src/build/load-site.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('a warm load parses only what changed, and gives the same model as a cold one', async () => {
  const content = join(work, 'content');
  cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
  const cacheDir = join(work, 'cache');
  const options = { contentDir: relative(process.cwd(), content), today: '2026-06-01', cacheDir };

  const cold = await loadSite(options);
  assert.equal(cold.parsed, cold.files.length);
  const warm = await loadSite(options);
  assert.equal(warm.parsed, 0);
  assert.deepEqual(warm.model, cold.model);
  assert.deepEqual(warm.diagnostics, cold.diagnostics);

  appendFileSync(join(content, 'people/recruiter.md'), '\nOne more line.\n');
  const edited = await loadSite(options);
  assert.equal(edited.parsed, 1, 'only the edited page is parsed again');

  const otherDay = await loadSite({ ...options, today: '2026-06-02' });
  assert.equal(otherDay.parsed, cold.files.length, 'the build date is part of every key');

  writeFileSync(join(work, 'settings.yaml'), 'departments:\n  people: "People & Culture"\n');
  const newSettings = await loadSite({ ...options, today: '2026-06-02', settingsFile: join(work, 'settings.yaml') });
  assert.equal(newSettings.parsed, cold.files.length, 'settings are part of every key');
  assert.equal(newSettings.model.roles.find((r) => r.url === '/people/recruiter/')?.department.name, 'People & Culture');
});

test('without a cache folder, a loader kept between loads (a preview) still gives identical models', async () => {
  const contentDir = relative(process.cwd(), join(REPO_ROOT, 'content'));
  const loader = new SiteLoader();
  const first = await loadSite({ contentDir, today: '2026-06-03' }, loader);
  const second = await loadSite({ contentDir, today: '2026-06-03' }, loader);
  assert.equal(second.parsed, 0, 'the second load by one loader comes from memory');
  assert.deepEqual(second.model, first.model);
});

test('a later load by one loader reads only files whose status changed, and notices an edit that keeps size and times', async () => {
  const content = join(work, 'status-content');
  cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
  const { files } = await discoverContent(content);
  const context = { settings: (await loadSettings(undefined)).settings, today: '2026-06-04' };
  const loader = new PageLoader();
  const first = await loader.load(files, context, undefined);
  assert.equal(first.read, files.length);
  const again = await loader.load(files, context, undefined);
  assert.deepEqual([again.read, again.parsed, again.digest], [0, 0, first.digest]);

  // Same size, and the modification time put back: the change time still tells.
  const page = join(content, 'people/recruiter.md');
  const { atime, mtime } = statSync(page);
  writeFileSync(page, readFileSync(page, 'utf8').replace('Recruiter', 'Recruitor'));
  utimesSync(page, atime, mtime);
  const edited = await loader.load(files, context, undefined);
  assert.deepEqual([edited.read, edited.parsed], [1, 1]);
  assert.notEqual(edited.digest, first.digest);
  const recruiter = edited.pages[files.findIndex((f) => f.absolute === page)];
  assert.match(recruiter?.role?.title ?? '', /Recruitor/);

  const otherDay = await loader.load(files, { ...context, today: '2026-06-05' }, undefined);
  assert.equal(otherDay.read, files.length, 'a new build date reads every file again');
});
