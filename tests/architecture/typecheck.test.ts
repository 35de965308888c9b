// `npm run typecheck` as part of the test run, so that it runs beside the other test files instead of
// before all of them. A type error fails this test with tsc's own messages.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.ts';

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function tsc(args: readonly string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, ...args], { cwd, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

test('every file tsconfig.json includes type-checks (tsc --noEmit)', async () => {
  const { code, output } = await tsc(['--noEmit', '-p', '.'], REPO_ROOT);
  assert.equal(output, '');
  assert.equal(code, 0);
});
