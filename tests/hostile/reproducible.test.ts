import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.ts';
import { listFiles } from '../helpers/files.ts';
import { makeWorkDir, runCliFrom } from './hostile-fixtures.ts';

// Same content, settings, date and dependencies give the same bytes, whatever the working directory,
// time zone or locale. The two working directories are siblings: diagnostics and roles.json name a
// page by its path from the working directory, so `../content` must read the same from both.
const work = makeWorkDir('hostile-reproducible');
after(() => rmSync(work, { recursive: true, force: true }));

test('building from two working directories outside the repository gives byte-identical sites', async () => {
  cpSync(join(REPO_ROOT, 'content'), join(work, 'content'), { recursive: true });
  for (const name of ['first', 'second']) mkdirSync(join(work, name));
  const env = { SOURCE_DATE_EPOCH: '1767225600' };
  const first = await runCliFrom(join(work, 'first'), ['build', '--content', '../content', '--out', '../site-first'], { env: { ...env, TZ: 'UTC', LC_ALL: 'C' } });
  const second = await runCliFrom(join(work, 'second'), ['build', '--content', '../content', '--out', '../site-second', '--no-cache'], { env: { ...env, TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8' } });
  assert.equal(first.code, 0, first.stderr);
  assert.equal(second.code, 0, second.stderr);

  const files = listFiles(join(work, 'site-first'));
  assert.deepEqual(listFiles(join(work, 'site-second')), files);
  assert.ok(files.includes('index.html') && files.includes('assets/site.css'), 'pages and copied assets are both there');
  for (const file of files) {
    assert.ok(readFileSync(join(work, 'site-first', file)).equals(readFileSync(join(work, 'site-second', file))), `${file} differs`);
  }
});
