// @ts-check
// Which test folders `npm test` runs together, one Node process per group, instead of one process per
// file. Starting Node with the TypeScript loader costs about 0.35 s of CPU a file, and each file
// loaded the pipeline (remark, retext, zod) again: for these folders' small, pure tests that was most
// of their cost. A folder belongs here only if its tests leave no process-wide state behind (a test
// that changes the working directory or the environment puts it back before it ends; top-level tests
// run one after the other). Each file still runs on its own with `node --import tsx --test FILE`.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const TESTS = fileURLToPath(new URL('..', import.meta.url));

/** The groups, by the name of their entry file in tests/groups/, and the folders of tests/ each runs. */
export const SHARED_PROCESS_GROUPS = {
  pages: ['markdown', 'content', 'language', 'page-rules', 'ats'],
  site: ['layouts', 'links'],
  settings: ['diagnostics', 'model', 'yaml', 'schema', 'settings', 'pay', 'docs', 'ci', 'git'],
  build: ['build', 'eleventy'],
  hostile: ['hostile'],
  cli: ['cli'],
  // One Chromium and one build of each site for all of them (tests/browser/harness.ts).
  browser: ['browser'],
};

/** Every `*.test.ts` under `folder` (a path under tests/), sorted, as paths relative to the repository. */
function testFiles(/** @type {string} */ folder) {
  return readdirSync(join(TESTS, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => relative(join(TESTS, '..'), join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The test files group `name` runs. */
export function groupFiles(/** @type {keyof typeof SHARED_PROCESS_GROUPS} */ name) {
  return SHARED_PROCESS_GROUPS[name].flatMap(testFiles);
}

/**
 * The longest-running files, started first so that neither core idles at the end of the run waiting
 * for one of them (a hint for the order only: every file runs either way).
 */
const LONGEST_FIRST = ['tests/groups/cli.test.ts', 'tests/groups/browser.test.ts', 'tests/package/pack.test.ts', 'tests/groups/build.test.ts', 'tests/groups/hostile.test.ts', 'tests/bin/careers.test.ts', 'tests/architecture/typecheck.test.ts', 'tests/groups/pages.test.ts', 'tests/groups/site.test.ts'];

/** What `npm test` gives the test runner: every test file of a folder in no group, and the groups' entry files, longest first. */
export function runnerFiles() {
  const grouped = new Set(Object.keys(SHARED_PROCESS_GROUPS).flatMap((name) => groupFiles(/** @type {keyof typeof SHARED_PROCESS_GROUPS} */ (name))));
  const files = testFiles('.').filter((file) => !grouped.has(file));
  const rank = (/** @type {string} */ file) => (LONGEST_FIRST.includes(file) ? LONGEST_FIRST.indexOf(file) : LONGEST_FIRST.length);
  return files.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

// Run as a script (`node tests/groups/shared-process.mjs`): print the runner's file list, one per line.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(`${runnerFiles().join('\n')}\n`);
