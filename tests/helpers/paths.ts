import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory of the test run. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `../shared` beside the repository (real pages used as test input), or undefined when it is not there. */
export const SHARED_DIR: string | undefined = existsSync(resolve(REPO_ROOT, '../shared/seeds')) ? resolve(REPO_ROOT, '../shared') : undefined;

/** Why a test that needs `../shared` is skipped, or false when it can run. */
export const SKIP_WITHOUT_SHARED: string | false = SHARED_DIR ? false : '../shared is not beside the repository';

/** True when golden files should be rewritten instead of compared (`UPDATE=1 npm test`). */
export const UPDATE_GOLDEN = process.env['UPDATE'] === '1';
