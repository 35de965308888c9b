import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every regular file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? listFiles(dir, path) : entry.isFile() ? [path] : [];
    });
}

/** Asserts that two folders hold the same files with the same bytes. */
export function assertSameTree(actual: string, expected: string): void {
  const files = listFiles(expected);
  assert.deepEqual(listFiles(actual), files);
  for (const file of files) assert.ok(readFileSync(join(actual, file)).equals(readFileSync(join(expected, file))), `${file} differs`);
}
