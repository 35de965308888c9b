// `npm run lint` as part of the test run, beside the other test files. Any finding fails the test with
// ESLint's own report of it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../helpers/paths.ts';

const eslint = new ESLint({ cwd: REPO_ROOT });

test('the linter finds nothing in the repository (eslint .)', async () => {
  const results = await eslint.lintFiles(['.']);
  const findings = results.filter((result) => result.messages.length > 0);
  const report = await (await eslint.loadFormatter('stylish')).format(findings);
  assert.equal(report, '');
  assert.ok(results.length > 300, `eslint linted ${results.length} files: the configuration reaches the source`);
});

test('the configuration reports unused code and imports as errors', async () => {
  const text = "import { readFileSync } from 'node:fs';\nconst unused = 1;\nexport const used = 2;\n";
  const [result] = await eslint.lintText(text, { filePath: join(REPO_ROOT, 'src/probe.ts') });
  assert.deepEqual(result?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity}`), [
    '1:10 @typescript-eslint/no-unused-vars 2',
    '2:7 @typescript-eslint/no-unused-vars 2',
  ]);
});
