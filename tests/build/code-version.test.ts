import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CACHE_FORMAT, codeVersion, digestCode } from '../../src/build/code-version.ts';

const root = mkdtempSync(join(tmpdir(), 'careers-code-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('the cache key changes with a layout, our source, the lockfile or the cache format, and nothing else', () => {
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'layouts'));
  writeFileSync(join(root, 'src/load.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'layouts/role.ts'), 'export const b = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  const base = digestCode(root, CACHE_FORMAT);
  assert.equal(digestCode(root, CACHE_FORMAT), base, 'stable');

  writeFileSync(join(root, 'README.md'), 'not code\n');
  assert.equal(digestCode(root, CACHE_FORMAT), base, 'a README does not matter');

  assert.notEqual(digestCode(root, CACHE_FORMAT + 1), base, 'cache format');
  writeFileSync(join(root, 'layouts/role.ts'), 'export const b = 2;\n');
  const afterLayout = digestCode(root, CACHE_FORMAT);
  assert.notEqual(afterLayout, base, 'layout');
  writeFileSync(join(root, 'src/load.ts'), 'export const a = 2;\n');
  const afterSource = digestCode(root, CACHE_FORMAT);
  assert.notEqual(afterSource, afterLayout, 'source');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"x":1}\n');
  assert.notEqual(digestCode(root, CACHE_FORMAT), afterSource, 'dependency versions');
});

test('the project has a code version', () => {
  assert.match(codeVersion(), /^[0-9a-f]{64}$/);
});
