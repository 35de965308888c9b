import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ContentFile } from '../content/discover.ts';
import type { LoadContext, LoadedPage, PageInput } from '../content/load-page.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import { codeVersion } from './code-version.ts';
import { DiskCache } from './disk-cache.ts';
import { loadPagesInParallel } from './parse-pool.ts';

/** Pages loaded earlier in this process (a build loads twice: to check, then to render; a preview on every edit). */
const memory = new Map<string, LoadedPage>();

export interface LoadedPages {
  readonly pages: LoadedPage[];
  /** How many pages were parsed in this call (the rest came from memory or the cache folder). */
  readonly parsed: number;
  /** A digest of every page's key, in order: equal digests mean equal pages. */
  readonly digest: string;
}

/**
 * Loads every content file, parsing each page at most once: a page whose bytes, path, settings,
 * build date and code are unchanged comes from memory or from the cache folder; the rest are parsed
 * on all cores.
 */
export async function loadPages(files: readonly ContentFile[], context: LoadContext, cacheDir: string | undefined): Promise<LoadedPages> {
  const version = createHash('sha256').update(codeVersion()).update('\0').update(JSON.stringify(context)).digest();
  const read = await Promise.all(files.map(async (file) => {
    try {
      const bytes = await readFile(file.absolute);
      const key = createHash('sha256').update(version).update(file.file).update('\0').update(file.pathInContent).update('\0').update(bytes).digest('hex');
      return { file, bytes, key };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      return { file, unreadable: diagnostic('file/unreadable', file.file, { line: 1, column: 1 }, `The file could not be read (${code}).`) };
    }
  }));

  const disk = cacheDir === undefined ? undefined : await DiskCache.open(cacheDir);
  const pages = new Array<LoadedPage | undefined>(files.length);
  const misses: { index: number; key: string; input: PageInput }[] = [];
  read.forEach((entry, index) => {
    if ('unreadable' in entry) {
      pages[index] = { role: undefined, diagnostics: [entry.unreadable] };
      return;
    }
    const hit = memory.get(entry.key) ?? disk?.get(entry.key);
    if (hit) pages[index] = hit;
    else misses.push({ index, key: entry.key, input: { bytes: entry.bytes, file: entry.file.file, pathInContent: entry.file.pathInContent } });
  });

  const parsed = await loadPagesInParallel(misses.map((m) => m.input), context);
  misses.forEach((miss, k) => {
    const page = parsed[k] as LoadedPage;
    pages[miss.index] = page;
    disk?.set(miss.key, page);
  });

  const keys = new Set(read.flatMap((entry) => ('key' in entry ? [entry.key] : [])));
  memory.clear();
  read.forEach((entry, index) => { if ('key' in entry) memory.set(entry.key, pages[index] as LoadedPage); });
  await disk?.save(keys);
  const digest = createHash('sha256').update(read.map((entry) => ('key' in entry ? entry.key : entry.unreadable.message)).join('\n')).digest('hex');
  return { pages: pages as LoadedPage[], parsed: misses.length, digest };
}
