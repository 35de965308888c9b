import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { REPO_ROOT } from '../helpers/paths.ts';

const config = createRequire(import.meta.url)(join(REPO_ROOT, '.dependency-cruiser.cjs')) as IConfiguration & { LAYERS: readonly { name: string; path: string }[] };

/** Every import in src/ and layouts/ that breaks a rule, as a sentence naming both files. */
async function violations(): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(REPO_ROOT); // dependency-cruiser reports and matches paths relative to the working directory
  try {
    const { output } = await cruise(['src', 'layouts', '.eleventy.ts'], { validate: true, ruleSet: { forbidden: config.forbidden ?? [] }, ...config.options });
    return (output as ICruiseResult).summary.violations.map((v) => `${v.from} imports ${v.to}: ${v.rule.name}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' -> ')})` : ''}`);
  } finally {
    process.chdir(cwd);
  }
}

test('imports point one way through the layers, with no module cycle', async () => {
  assert.deepEqual(await violations(), []);
});

test('every module of src/ belongs to a layer', () => {
  const patterns = config.LAYERS.map((layer) => new RegExp(layer.path));
  const files = readdirSync(join(REPO_ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'));
  assert.deepEqual(files.filter((file) => !patterns.some((pattern) => pattern.test(file))), []);
});

test('a wrong import fails with a sentence naming both files', async () => {
  const { output } = await cruise(['tests/fixtures/architecture'], {
    validate: true,
    ruleSet: { forbidden: [{ name: 'model may not import build', severity: 'error', from: { path: 'model/' }, to: { path: 'build/' } }] },
    ...config.options,
    exclude: { path: 'node_modules' },
  });
  assert.deepEqual((output as ICruiseResult).summary.violations.map((v) => `${v.from} imports ${v.to}: ${v.rule.name}`), [
    'tests/fixtures/architecture/model/role.ts imports tests/fixtures/architecture/build/load.ts: model may not import build',
  ]);
});
