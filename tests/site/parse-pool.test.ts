import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { discoverContent } from '../../src/content/discover.ts';
import { loadPage } from '../../src/content/load-page.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-schema.ts';
import { loadPagesInParallel } from '../../src/site/parse-pool.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

test('pages parsed on worker threads equal pages parsed serially, in input order', async () => {
  const { files } = await discoverContent(relative(process.cwd(), join(REPO_ROOT, 'content')));
  const inputs = files.map((f) => ({ bytes: readFileSync(f.absolute), file: f.file, pathInContent: f.pathInContent }));
  const context = { settings: DEFAULT_SETTINGS, today: '2026-06-01' };
  const serial = inputs.map((input) => loadPage(input, context));
  const parallel = await loadPagesInParallel(inputs, context, 3, 1);
  assert.equal(parallel.length, inputs.length);
  assert.deepEqual(parallel, serial);
});
