import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT, UPDATE_GOLDEN } from '../helpers/paths.ts';

/** The folder of golden site outputs: tests/fixtures/site/<case>/<file>. */
export const SITE_FIXTURES = join(REPO_ROOT, 'tests/fixtures/site');

/** Compares `actual` with tests/fixtures/site/<relative>, or rewrites that file when UPDATE=1. */
export function assertGolden(relative: string, actual: string): void {
  const file = join(SITE_FIXTURES, relative);
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${relative} differs from its golden file (UPDATE=1 rewrites it after a deliberate change)`);
}
