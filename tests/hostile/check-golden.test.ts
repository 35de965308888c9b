import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { assertGoldenFile } from '../helpers/golden.ts';
import type { CliResult } from '../helpers/run-cli.ts';
import { listFiles } from '../helpers/files.ts';
import { HOSTILE, makeWorkDir, MARKER_FILES, runCliFrom, stageHostileContent } from './hostile-fixtures.ts';

// Every hostile page gets an exact, positioned diagnostic: the output of `check --format json` is the
// golden file tests/fixtures/hostile/expected-check.json (regenerate with UPDATE=1 after a deliberate change).
const GOLDEN = join(HOSTILE, 'expected-check.json');
/**
 * Pages that load (perhaps with warnings): odd but harmless ones (a key given twice is read as Ruby's
 * reader read it, with a warning at the earlier one), and the first of the two pages whose URLs differ
 * only in case (the collision is reported on the second).
 */
const LOADS = ['bytes/bom-crlf.md', 'bytes/front-matter-only.md', 'bytes/lone-cr.md', 'bytes/long-line.md', 'bytes/no-front-matter.md', 'paths/case-upper.md', 'yaml/duplicate-keys.md', 'yaml/prototype-keys.md'];

const work = makeWorkDir('hostile-check');
let check: CliResult;
let diagnostics: Diagnostic[];

before(async () => {
  for (const marker of MARKER_FILES) rmSync(marker, { force: true });
  stageHostileContent(work);
  check = await runCliFrom(work, ['check', '--content', 'content', '--format', 'json']);
  diagnostics = JSON.parse(check.stdout) as Diagnostic[];
});
after(() => rmSync(work, { recursive: true, force: true }));

test('check reports every hostile page exactly as the golden file says, and fails', () => {
  assert.equal(check.code, 1, check.stderr);
  assert.equal(check.stderr, '', 'nothing on stderr: no stack trace, no warning from a library');
  assertGoldenFile(GOLDEN, check.stdout);
});

test('every hostile page is rejected with an error, except the odd but harmless ones', () => {
  const pages = listFiles(join(work, 'content')).filter((f) => f.endsWith('.md'));
  const rejected = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file.replace(/^content\//, '')));
  assert.deepEqual(pages.filter((p) => !rejected.has(p)), LOADS);
  assert.ok(rejected.has('links/loop') && rejected.has('links/broken.md'), 'the link loop and the broken link are reported');
});

test('every diagnostic points inside its file', () => {
  for (const d of diagnostics) {
    const path = join(work, d.file);
    if (statSync(path, { throwIfNoEntry: false })?.isFile() !== true) {
      assert.deepEqual([d.line, d.column], [1, 1], `${d.file} is not a readable file, so the diagnostic is at its start`);
      continue;
    }
    // latin1 keeps one character per byte, so a file that is not UTF-8 still has lines to count.
    const lines = readFileSync(path, 'latin1').replace(/^\u00ef\u00bb\u00bf/, '').split(/\r\n?|\n/);
    assert.ok(d.line >= 1 && d.line <= lines.length, `${d.file}:${d.line} is past the last line (${lines.length})`);
    assert.ok(d.column >= 1 && d.column <= (lines[d.line - 1] ?? '').length + 1, `${d.file}:${d.line}:${d.column} is past the end of its line`);
  }
});

test('no page ran code: the marker files its payloads would write do not exist', () => {
  for (const marker of MARKER_FILES) assert.equal(existsSync(marker), false, marker);
});

test('build stops on the hostile pages, writes nothing and runs nothing', async () => {
  const result = await runCliFrom(work, ['build', '--content', 'content', '--out', 'site']);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /\nBuild stopped: fix the errors above\. site was not changed\.\n$/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(existsSync(join(work, 'site')), false);
  for (const marker of MARKER_FILES) assert.equal(existsSync(marker), false, marker);
});
