import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { REPO_ROOT, UPDATE_GOLDEN } from './paths.ts';

/** Compares `actual` with the golden file `file` (an absolute path), or rewrites that file when UPDATE=1. */
export function assertGoldenFile(file: string, actual: string): void {
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${relative(REPO_ROOT, file)} differs from its golden file (UPDATE=1 rewrites it after a deliberate change)`);
}
