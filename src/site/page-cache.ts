import { createHash } from 'node:crypto';
import type { LoadedPage } from '../content/load-page.ts';

/**
 * Loaded pages kept for the life of the process, keyed by file and by a digest of everything the
 * result depends on (the bytes and the load context). A build loads the site to check it and then
 * Eleventy loads it again to render; a preview reloads it on every edit. Only changed pages are parsed again.
 */
export class PageCache {
  readonly #entries = new Map<string, { key: string; page: LoadedPage }>();

  /** The cached page for `file` if its bytes and context are unchanged; otherwise loads and remembers it. */
  get(file: string, bytes: Uint8Array, contextKey: string, load: () => LoadedPage): LoadedPage {
    const key = createHash('sha256').update(contextKey).update('\0').update(bytes).digest('hex');
    const cached = this.#entries.get(file);
    if (cached?.key === key) return cached.page;
    const page = load();
    this.#entries.set(file, { key, page });
    return page;
  }
}
