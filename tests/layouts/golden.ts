import { join } from 'node:path';
import { assertGoldenFile } from '../helpers/golden.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

/** The folder of golden site outputs: tests/fixtures/site/<case>/<file>. */
export const SITE_FIXTURES = join(REPO_ROOT, 'tests/fixtures/site');

/** Compares `actual` with tests/fixtures/site/<relative>, or rewrites that file when UPDATE=1. */
export function assertGolden(relative: string, actual: string): void {
  assertGoldenFile(join(SITE_FIXTURES, relative), actual);
}
