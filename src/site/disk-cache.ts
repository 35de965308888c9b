import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { LoadedPage } from '../content/load-page.ts';

/**
 * Loaded pages kept between runs (for example in a CI cache), keyed by a digest of everything a page
 * depends on: its bytes and path, the settings, the build date and the code version. An entry whose
 * key no longer matches is simply not found, so invalidation needs no bookkeeping.
 */
export class DiskCache {
  readonly #file: string;
  #entries = new Map<string, LoadedPage>();
  #dirty = false;

  private constructor(folder: string) {
    this.#file = join(folder, 'pages.v8');
  }

  /** Opens the cache in `folder`; a missing, unreadable or foreign file gives an empty cache. */
  static async open(folder: string): Promise<DiskCache> {
    const cache = new DiskCache(folder);
    try {
      const data: unknown = deserialize(await readFile(cache.#file));
      if (data instanceof Map) cache.#entries = data as Map<string, LoadedPage>;
    } catch {
      // No cache yet, or one written by an incompatible Node.js: start empty.
    }
    return cache;
  }

  get(key: string): LoadedPage | undefined {
    return this.#entries.get(key);
  }

  set(key: string, page: LoadedPage): void {
    this.#entries.set(key, page);
    this.#dirty = true;
  }

  /** Writes the entries whose keys are in `keep` (the pages of this run) and drops the rest. */
  async save(keep: ReadonlySet<string>): Promise<void> {
    const stale = [...this.#entries.keys()].filter((key) => !keep.has(key));
    if (!this.#dirty && stale.length === 0) return;
    for (const key of stale) this.#entries.delete(key);
    await mkdir(join(this.#file, '..'), { recursive: true });
    const temp = `${this.#file}.${process.pid}.tmp`;
    await writeFile(temp, serialize(this.#entries));
    await rename(temp, this.#file);
    this.#dirty = false;
  }
}
