import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { generateContent } from '../../bench/generate-content.ts';
import { assertSameTree } from '../helpers/files.ts';
import { REPO_ROOT, SHARED_DIR, SKIP_WITHOUT_SHARED } from '../helpers/paths.ts';
import { runSourceCli, type CliResult } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-bin-'));
after(() => rmSync(work, { recursive: true, force: true }));
const env = { ...process.env, SOURCE_DATE_EPOCH: '1780000000' };

/** `bin/careers.js`, the command the npm scripts run: the compiled bundle, no TypeScript loader. */
function runCompiledCli(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(REPO_ROOT, 'bin/careers.js'), ...args], { cwd: REPO_ROOT, env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

test('the compiled CLI builds a site exactly as the source does (parse worker and Eleventy configuration from the bundle)', async () => {
  // 1.2 MB of pages: parsed on two threads, so the bundle's parse worker runs.
  const content = join(work, 'content');
  generateContent(content, 150);
  const args = ['--content', content, '--no-cache'];
  const compiled = await runCompiledCli(['build', ...args, '--out', join(work, 'compiled')]);
  assert.equal(compiled.code, 0, compiled.stderr);
  assert.match(compiled.stderr, /Built 150 roles into /);
  const source = await runSourceCli(['build', ...args, '--out', join(work, 'source')], { env });
  assert.equal(source.code, 0, source.stderr);
  assertSameTree(join(work, 'compiled'), join(work, 'source'));
});

test('the compiled CLI reports content problems as the source does', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const args = ['check', '--content', join(SHARED_DIR as string, 'corpus'), '--format', 'gitlab', '--no-cache'];
  const [compiled, source] = await Promise.all([runCompiledCli(args), runSourceCli(args, { env })]);
  assert.equal(compiled.code, 1);
  assert.deepEqual([compiled.code, compiled.stdout, compiled.stderr], [source.code, source.stdout, source.stderr]);
});
