import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { whenWatching, type FolderWatcher } from '../../src/eleventy/watched-folders.ts';

/** A watcher that reaches one more folder each time it is asked, as chokidar does after `ready`. */
function growingWatcher(folders: readonly string[]): FolderWatcher & { asked: number } {
  const watcher = {
    asked: 0,
    getWatched(): Record<string, string[]> {
      watcher.asked += 1;
      return Object.fromEntries(folders.slice(0, watcher.asked).map((folder) => [folder, []]));
    },
  };
  return watcher;
}

test('resolves once every content folder is watched, relative or absolute', async () => {
  const watcher = growingWatcher(['content', 'content/engineering', resolve('content/people')]);
  assert.equal(await whenWatching(watcher, [resolve('content/people'), 'content/engineering'], { intervalMs: 1 }), true);
  assert.equal(watcher.asked, 3, 'it kept asking until the last folder was watched');
});

test('gives up after the timeout when a folder is never watched', async () => {
  const watcher = growingWatcher(['content']);
  assert.equal(await whenWatching(watcher, ['content', 'content/ignored'], { timeoutMs: 30, intervalMs: 5 }), false);
});
