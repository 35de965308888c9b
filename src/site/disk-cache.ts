import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { LoadedPage } from '../content/load-page.ts';
import { CACHE_FORMAT } from './code-version.ts';

/** The first bytes of a cache file: anything else is not ours (or an older format) and is ignored. */
const MAGIC = Buffer.from(`careers-page-cache ${CACHE_FORMAT}\n`);
/** Buffers handed to one vectored write (the system's limit is at least 1 024). */
const WRITE_BATCH = 768;

/**
 * Loaded pages kept between runs (for example in a CI cache), keyed by a digest of everything a page
 * depends on: its bytes and path, the settings, the build date and the code version. An entry whose
 * key no longer matches is simply not found, so invalidation needs no bookkeeping.
 *
 * The file is a sequence of records (key, then the page serialised with v8), so a run deserialises
 * only the pages it uses, and a save serialises one page at a time: at 10 000 pages, serialising the
 * whole cache as one value held two extra copies of it in memory.
 */
export class DiskCache {
  readonly #folder: string;
  readonly #file: string;
  /** Pages read from the file (still serialised) or loaded in this run. */
  #entries = new Map<string, Buffer | LoadedPage>();
  #dirty = false;

  private constructor(folder: string) {
    this.#folder = folder;
    this.#file = join(folder, `pages.${CACHE_FORMAT}.cache`);
  }

  /** Opens the cache in `folder`; a missing, unreadable or foreign file gives an empty cache. */
  static open(folder: string): DiskCache {
    const cache = new DiskCache(folder);
    try {
      cache.#entries = readRecords(readFileSync(cache.#file));
    } catch {
      // No cache yet, or a damaged one: start empty.
    }
    return cache;
  }

  get(key: string): LoadedPage | undefined {
    const entry = this.#entries.get(key);
    if (!Buffer.isBuffer(entry)) return entry;
    try {
      return deserialize(entry) as LoadedPage;
    } catch {
      return undefined; // a damaged record: the page is parsed again
    }
  }

  set(key: string, page: LoadedPage): void {
    this.#entries.set(key, page);
    this.#dirty = true;
  }

  /** Writes the entries whose keys are in `keep` (the pages of this run) and drops the rest. */
  save(keep: ReadonlySet<string>): void {
    const stale = [...this.#entries.keys()].filter((key) => !keep.has(key));
    if (!this.#dirty && stale.length === 0) return;
    for (const key of stale) this.#entries.delete(key);
    mkdirSync(this.#folder, { recursive: true });
    const temp = `${this.#file}.${process.pid}.tmp`;
    writeRecords(temp, this.#entries);
    renameSync(temp, this.#file);
    this.#dirty = false;
    removeOtherFormats(this.#folder, this.#file);
  }
}

function readRecords(data: Buffer): Map<string, Buffer | LoadedPage> {
  const entries = new Map<string, Buffer | LoadedPage>();
  if (!data.subarray(0, MAGIC.length).equals(MAGIC)) return entries;
  let at = MAGIC.length;
  while (at + 8 <= data.length) {
    const keyLength = data.readUInt32LE(at);
    const valueLength = data.readUInt32LE(at + 4);
    const valueStart = at + 8 + keyLength;
    if (valueStart + valueLength > data.length) break; // cut short: keep what is whole
    entries.set(data.toString('utf8', at + 8, valueStart), data.subarray(valueStart, valueStart + valueLength));
    at = valueStart + valueLength;
  }
  return entries;
}

function writeRecords(file: string, entries: ReadonlyMap<string, Buffer | LoadedPage>): void {
  const descriptor = openSync(file, 'w');
  try {
    // Vectored writes: the records go out as they are, never copied into one buffer.
    let batch: Buffer[] = [MAGIC];
    const flush = (): void => {
      writeAll(descriptor, batch);
      batch = [];
    };
    for (const [key, entry] of entries) {
      const value = Buffer.isBuffer(entry) ? entry : serialize(entry);
      const keyBytes = Buffer.from(key);
      const header = Buffer.alloc(8);
      header.writeUInt32LE(keyBytes.length, 0);
      header.writeUInt32LE(value.length, 4);
      batch.push(header, keyBytes, value);
      if (batch.length >= WRITE_BATCH) flush();
    }
    flush();
  } finally {
    closeSync(descriptor);
  }
}

/** Writes every byte of `buffers`; a vectored write may write less than asked. */
function writeAll(descriptor: number, buffers: readonly Buffer[]): void {
  const pending = buffers.filter((buffer) => buffer.length > 0);
  let first = 0;
  while (first < pending.length) {
    let written = writevSync(descriptor, first === 0 ? pending : pending.slice(first));
    while (first < pending.length && written >= (pending[first] as Buffer).length) written -= (pending[first++] as Buffer).length;
    if (written > 0) pending[first] = (pending[first] as Buffer).subarray(written);
  }
}

/** Cache files of other formats (an older version of this program) would otherwise stay forever. */
function removeOtherFormats(folder: string, current: string): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (path !== current && /^pages(\..*)?\.(v8|cache)$/.test(name)) rmSync(path, { force: true });
  }
}
