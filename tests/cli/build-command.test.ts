import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { assertSameTree } from '../helpers/files.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-build-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('build writes an index, one page per role and roles.json', async () => {
  const out = join(work, 'good');
  const result = await runCli(['build', '--content', 'tests/fixtures/cli/good', '--out', out]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /Built 2 roles into /);
  const index = readFileSync(join(out, 'index.html'), 'utf8');
  assert.ok(index.includes('Telemetry Engineer &lt;&amp; friends&gt;'), 'titles are escaped on the index');
  const page = readFileSync(join(out, 'engineering/platform/telemetry-engineer/index.html'), 'utf8');
  assert.ok(page.includes('<h1>Telemetry Engineer &lt;&amp; friends&gt;</h1>'));
  assert.ok(page.includes("JavaScript's ${process.env.HOME} and Ruby's #{ENV['HOME']} are only text"), 'template syntax in content stays text');
  assert.ok(existsSync(join(out, 'jobs/night-operator/index.html')), 'index.html.md gives a folder URL');
  const roles = JSON.parse(readFileSync(join(out, 'roles.json'), 'utf8')) as { title: string; url: string; levels: unknown }[];
  assert.deepEqual(roles.map((r) => [r.url, r.title, r.levels]), [
    ['/engineering/platform/telemetry-engineer/', 'Telemetry Engineer <& friends>', [{ title: 'Telemetry Engineer', grade: 6, id: 'telemetry-engineer' }, { title: 'Senior Telemetry Engineer', grade: 7, id: 'senior-telemetry-engineer' }]],
    ['/jobs/night-operator/', 'Night Operator', []],
  ]);
});

test('build with errors reports every one, exits 1 and writes nothing', async () => {
  const out = join(work, 'bad');
  const result = await runCli(['build', '--content', 'tests/fixtures/cli/bad', '--out', out]);
  assert.equal(result.code, 1);
  assert.equal(existsSync(out), false);
  assert.match(result.stderr, /Result \(7 files\): 8 errors, 11 warnings\n/);
  assert.match(result.stderr, /Build stopped: fix the errors above\./);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

test('a usage error exits 2', async () => {
  const [missing, unknown] = await Promise.all([runCli(['build', '--content', join(work, 'does-not-exist')]), runCli(['build', '--colour'])]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^careers: The content folder ".*does-not-exist" is not a folder\.\n/);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^careers: Unknown option '--colour'/);
});

/**
 * The repository's content built once before and once after an edit, shared by the two tests below
 * (each build is a whole site): `first` is built with a page cache from the content as it is, then one
 * page is edited and `clean` is built from scratch, which both tests compare their own build with.
 */
const content = join(work, 'content');
const cache = join(work, 'cache');
const env = { SOURCE_DATE_EPOCH: '1780000000' };
const edit = (): void => appendFileSync(join(content, 'people/recruiter.md'), '\nA line added in a merge request.\n');
let builtBeforeAndAfterEdit: Promise<void> | undefined;
function buildBeforeAndAfterEdit(): Promise<void> {
  builtBeforeAndAfterEdit ??= (async () => {
    cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
    assert.equal((await runCli(['build', '--content', content, '--out', join(work, 'first'), '--cache', cache], { env })).code, 0);
    edit();
    assert.equal((await runCli(['build', '--content', content, '--out', join(work, 'clean'), '--no-cache'], { env })).code, 0);
  })();
  return builtBeforeAndAfterEdit;
}

test('a warm build (cache present, one page edited) writes exactly what a clean build writes', async () => {
  await buildBeforeAndAfterEdit();
  assert.equal((await runCli(['build', '--content', content, '--out', join(work, 'warm'), '--cache', cache], { env })).code, 0);
  assertSameTree(join(work, 'warm'), join(work, 'clean'));
  assert.ok(readFileSync(join(work, 'warm', 'people/recruiter/index.html'), 'utf8').includes('A line added in a merge request.'));
});

test('a rebuild renders only the role pages that changed, and repairs a built page edited by hand', async () => {
  await buildBeforeAndAfterEdit();
  // `first` is the last build of the content before the edit; it is rebuilt in place from the edited content.
  const out = join(work, 'first');
  const edited = 'people/recruiter/index.html';
  const tampered = 'engineering/backend-engineer/index.html';
  const untouched = 'marketing/content-marketing-manager/index.html';
  const inode = (file: string): number => statSync(join(out, file)).ino;
  const before = { edited: inode(edited), tampered: inode(tampered), untouched: inode(untouched) };
  writeFileSync(join(out, tampered), readFileSync(join(out, tampered), 'utf8').replace('</h1>', ' (edited by hand)</h1>'));
  assert.equal((await runCli(['build', '--content', content, '--out', out, '--no-cache'], { env })).code, 0);
  // The new site carries the unchanged page over (the same file); the others were written anew.
  assert.equal(inode(untouched), before.untouched);
  assert.notEqual(inode(edited), before.edited);
  assert.notEqual(inode(tampered), before.tampered);
  assert.doesNotMatch(readFileSync(join(out, tampered), 'utf8'), /edited by hand/);
  assertSameTree(out, join(work, 'clean'));
});
