import { resolve } from 'node:path';

/** The part of chokidar's watcher (Eleventy's `watcher`) this needs: the folders it watches so far. */
export interface FolderWatcher {
  getWatched(): Record<string, readonly string[]>;
}

/**
 * Resolves true once `watcher` watches every one of `folders`, or false after `timeoutMs`. Eleventy
 * starts serving when chokidar reports `ready`, but chokidar attaches to the sub-folders only after
 * that (2 s for 7 500 folders), and an edit in a folder it has not reached yet is never seen.
 */
export async function whenWatching(watcher: FolderWatcher, folders: Iterable<string>, { timeoutMs = 15_000, intervalMs = 50 } = {}): Promise<boolean> {
  const waiting = new Set([...folders].map((folder) => resolve(folder)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const folder of Object.keys(watcher.getWatched())) waiting.delete(resolve(folder));
    if (waiting.size === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((done) => setTimeout(done, intervalMs));
  }
}
