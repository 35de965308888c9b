import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { LoadedPage } from '../content/load-page.ts';
import { CACHE_FORMAT } from './code-version.ts';

/** The first bytes of a cache file: anything else is not ours (or an older format) and is ignored. */
const MAGIC = Buffer.from(`careers-page-cache ${CACHE_FORMAT}\n`);
/** Buffers handed to one vectored write (the system's limit is at least 1 024). */
const WRITE_BATCH = 768;

/** Where a record's value is in the cache file, and how many bytes the whole record takes. */
interface StoredValue {
  readonly offset: number;
  readonly length: number;
  readonly recordBytes: number;
}

/** What `readKeys` finds in a cache file. */
interface CacheFileContents {
  readonly entries: Map<string, StoredValue | LoadedPage>;
  /** Whether the file ends with a whole record (it may have been cut short). */
  readonly whole: boolean;
  /** Bytes of all its records, including those of pages no longer used. */
  readonly recordBytes: number;
}

/**
 * Loaded pages kept between runs (for example in a CI cache), keyed by a digest of everything a page
 * depends on: its bytes and path, the settings, the build date and the code version. An entry whose
 * key no longer matches is simply not found, so invalidation needs no bookkeeping.
 *
 * The file is a sequence of records (key, then the page serialised with v8). Opening it reads only
 * the keys; a page is read from the file when it is asked for, so a run holds in memory only the pages
 * it uses, not the whole file (255 MB at 10 000 pages). A save appends the pages parsed in this run,
 * each batch of whole records in one write to a file opened for appending, so a run beside another
 * never splits a record. Once records of pages no longer used take half the file, a save writes the
 * file anew (into a temporary file renamed over it), as it does when the file is cut short.
 */
export class DiskCache {
  readonly #folder: string;
  readonly #file: string;
  /** The open cache file, while there is one to read from. */
  #descriptor: number | undefined;
  /** Pages in the file (where their values are) or loaded in this run. */
  #entries = new Map<string, StoredValue | LoadedPage>();
  /** Bytes of the records in the file when opened, if it was ours and whole (so new records can follow). */
  #appendableAfter: number | undefined;

  private constructor(folder: string) {
    this.#folder = folder;
    this.#file = join(folder, `pages.${CACHE_FORMAT}.cache`);
  }

  /** Opens the cache in `folder`; a missing, unreadable or foreign file gives an empty cache. */
  static open(folder: string): DiskCache {
    const cache = new DiskCache(folder);
    try {
      cache.#descriptor = openSync(cache.#file, 'r');
      const { entries, whole, recordBytes } = readKeys(cache.#descriptor);
      cache.#entries = entries;
      if (whole) cache.#appendableAfter = recordBytes;
    } catch {
      // No cache yet, or a damaged one: start empty.
    }
    return cache;
  }

  get(key: string): LoadedPage | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined || !isStored(entry)) return entry;
    try {
      return deserialize(this.#read(entry)) as LoadedPage;
    } catch {
      return undefined; // a damaged record: the page is parsed again
    }
  }

  set(key: string, page: LoadedPage): void {
    this.#entries.set(key, page);
  }

  /** Keeps the entries whose keys are in `keep` (the pages of this run), drops the rest, and closes the file. */
  save(keep: ReadonlySet<string>): void {
    try {
      const dropped = [...this.#entries.keys()].filter((key) => !keep.has(key));
      for (const key of dropped) this.#entries.delete(key);
      const added = [...this.#entries].filter((entry): entry is [string, LoadedPage] => !isStored(entry[1]));
      if (added.length === 0 && dropped.length === 0) return;
      const keptBytes = [...this.#entries.values()].reduce((sum, entry) => sum + (isStored(entry) ? entry.recordBytes : 0), 0);
      if (this.#appendableAfter !== undefined && keptBytes * 2 >= this.#appendableAfter) {
        // Records of pages no longer used stay until they take half the file.
        this.close();
        appendRecords(this.#file, added);
        return;
      }
      mkdirSync(this.#folder, { recursive: true });
      const temp = `${this.#file}.${process.pid}.tmp`;
      writeRecords(temp, this.#entries, (stored) => this.#read(stored));
      this.close(); // before the rename: an open file cannot be replaced everywhere
      renameSync(temp, this.#file);
      removeOtherFormats(this.#folder, this.#file);
    } finally {
      this.close();
    }
  }

  /** Closes the cache file; pages not yet read from it are then not found. */
  close(): void {
    if (this.#descriptor !== undefined) closeSync(this.#descriptor);
    this.#descriptor = undefined;
  }

  #read({ offset, length }: StoredValue): Buffer {
    if (this.#descriptor === undefined) throw new Error('The page cache file is closed.');
    const value = Buffer.allocUnsafe(length);
    if (readSync(this.#descriptor, value, 0, length, offset) !== length) throw new Error('The page cache file is cut short.');
    return value;
  }
}

function isStored(entry: StoredValue | LoadedPage): entry is StoredValue {
  return 'offset' in entry;
}

/** The keys of the records in the file and where their values are; a foreign file has none. */
function readKeys(descriptor: number): CacheFileContents {
  const entries = new Map<string, StoredValue | LoadedPage>();
  const size = fstatSync(descriptor).size;
  const magic = Buffer.alloc(MAGIC.length);
  if (readSync(descriptor, magic, 0, MAGIC.length, 0) !== MAGIC.length || !magic.equals(MAGIC)) return { entries, whole: false, recordBytes: 0 };
  const header = Buffer.alloc(8);
  let at = MAGIC.length;
  while (at + 8 <= size && readSync(descriptor, header, 0, 8, at) === 8) {
    const keyLength = header.readUInt32LE(0);
    const valueLength = header.readUInt32LE(4);
    const valueStart = at + 8 + keyLength;
    if (valueStart + valueLength > size) break; // cut short: keep what is whole
    const key = Buffer.alloc(keyLength);
    readSync(descriptor, key, 0, keyLength, at + 8);
    // A key written twice (a damaged record parsed again) is found at its last record.
    entries.set(key.toString('utf8'), { offset: valueStart, length: valueLength, recordBytes: valueStart + valueLength - at });
    at = valueStart + valueLength;
  }
  return { entries, whole: at === size, recordBytes: at - MAGIC.length };
}

/** The bytes of one record: its header, key and value. */
function record(key: string, value: Buffer): Buffer[] {
  const keyBytes = Buffer.from(key);
  const header = Buffer.alloc(8);
  header.writeUInt32LE(keyBytes.length, 0);
  header.writeUInt32LE(value.length, 4);
  return [header, keyBytes, value];
}

/** Appends records to the file, a batch of whole records per write, so no other run's write lands inside one. */
function appendRecords(file: string, pages: readonly [string, LoadedPage][]): void {
  if (pages.length === 0) return;
  const descriptor = openSync(file, 'a');
  try {
    for (let first = 0; first < pages.length; first += WRITE_BATCH / 3) {
      writeAll(descriptor, pages.slice(first, first + WRITE_BATCH / 3).flatMap(([key, page]) => record(key, serialize(page))));
    }
  } finally {
    closeSync(descriptor);
  }
}

function writeRecords(file: string, entries: ReadonlyMap<string, StoredValue | LoadedPage>, readStored: (stored: StoredValue) => Buffer): void {
  const descriptor = openSync(file, 'w');
  try {
    // Vectored writes: the records go out as they are, never copied into one buffer.
    let batch: Buffer[] = [MAGIC];
    const flush = (): void => {
      writeAll(descriptor, batch);
      batch = [];
    };
    for (const [key, entry] of entries) {
      batch.push(...record(key, isStored(entry) ? readStored(entry) : serialize(entry)));
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
