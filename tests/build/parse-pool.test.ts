import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { discoverContent } from '../../src/content/discover.ts';
import { loadPage } from '../../src/content/load-page.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import { loadPagesInParallel } from '../../src/build/parse-pool.ts';
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

test('bytes that have their memory to themselves are moved to the workers; shared ones are copied and stay', async () => {
  const text = (title: string): string => `---\ntitle: ${title}\n---\n\nSome text.\n`;
  const inMemoryOfItsOwn = (bytes: Buffer): Uint8Array => new Uint8Array(bytes);
  const inSharedMemory = (bytes: Buffer): Uint8Array => {
    const view = new Uint8Array(new ArrayBuffer(bytes.byteLength + 1), 1);
    view.set(bytes);
    return view;
  };
  const own = inMemoryOfItsOwn(Buffer.from(text('Owned')));
  const shared = inSharedMemory(Buffer.from(text('Shared')));
  const context = { settings: DEFAULT_SETTINGS, today: '2026-06-01' };
  const inputs = [{ bytes: own, file: 'a.md', pathInContent: 'a.md' }, { bytes: shared, file: 'b.md', pathInContent: 'b.md' }];
  const pages = await loadPagesInParallel(inputs, context, 2, 1);
  assert.deepEqual(pages.map((page) => page.role?.title), ['Owned', 'Shared']);
  assert.equal(own.byteLength, 0, 'moved: this thread no longer holds it');
  assert.equal(Buffer.from(shared).toString(), text('Shared'));
});
