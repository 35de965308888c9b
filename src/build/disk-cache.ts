import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { LoadedPage } from '../content/load-page.ts';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { displayPath } from '../diagnostics/file-path.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import { isLoadedPage } from './cached-page-shape.ts';
import { CACHE_FORMAT } from './code-version.ts';

/** The layout of one record (its header and checksum); every record carries it. */
const RECORD_FORMAT = 3;
/** The first bytes of a cache file: anything else is not ours (or an older format) and is ignored. */
const MAGIC = Buffer.from(`careers-page-cache ${CACHE_FORMAT}.${RECORD_FORMAT}\n`);
/** A record's header: format, key length, value length (32 bits each), then a SHA-256 of those, the key and the value. */
const HEADER = 12;
const CHECKSUM = 32;
/** Buffers handed to one vectored write (the system's limit is at least 1 024). */
const WRITE_BATCH = 768;
/** Records in one appending write (each is four buffers). */
const RECORDS_PER_BATCH = WRITE_BATCH / 4;

/** Where a record is in the cache file, and how many bytes it takes. */
interface StoredValue {
  readonly offset: number;
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
 *
 * Nothing read back is trusted: each record carries its format and a checksum, and a page must have
 * the shape of a `LoadedPage`; a record that fails either is not found, so its page is parsed again.
 * A cache that cannot be used (its folder is a file, its file a folder) is a warning in `diagnostics`,
 * and the build goes on without it.
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
  /** Why the cache cannot be used, once it has been found so; then nothing more is read or written. */
  #problem: Diagnostic | undefined;

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
    } catch (error) {
      // No cache yet, or a damaged file (which the save replaces): start empty. Anything else is in the way.
      cache.close();
      cache.#entries = new Map();
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== undefined) cache.#unusable(code);
    }
    return cache;
  }

  /** Why the cache could not be used in this run (a warning), if it could not. */
  get diagnostics(): Diagnostic[] {
    return this.#problem === undefined ? [] : [this.#problem];
  }

  /** The page saved under `key`, if its record is whole, unchanged and of the right shape. */
  get(key: string): LoadedPage | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined || !isStored(entry)) return entry;
    try {
      const page: unknown = deserialize(valueOf(this.#read(entry), key));
      return isLoadedPage(page) ? page : undefined;
    } catch {
      return undefined; // a damaged record: the page is parsed again
    }
  }

  set(key: string, page: LoadedPage): void {
    this.#entries.set(key, page);
  }

  /** Keeps the entries whose keys are in `keep` (the pages of this run), drops the rest, and closes the file. */
  save(keep: ReadonlySet<string>): void {
    if (this.#problem !== undefined) return;
    const temp = `${this.#file}.${process.pid}.tmp`;
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
      writeRecords(temp, this.#entries, (stored) => this.#read(stored));
      this.close(); // before the rename: an open file cannot be replaced everywhere
      renameSync(temp, this.#file);
      removeOtherFormats(this.#folder, this.#file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error; // not the file system: a bug
      try {
        rmSync(temp, { force: true });
      } catch {
        // The folder it would be in is not one: there is no temporary file.
      }
      this.#unusable(code);
    } finally {
      this.close();
    }
  }

  /** Records that the cache is in the way of itself (or unreadable), as a warning naming what to fix. */
  #unusable(code: string): void {
    const folder = displayPath(this.#folder);
    const file = displayPath(this.#file);
    const message = code === 'EISDIR'
      ? `The page cache file ${file} is a folder; this build goes on without the cache.`
      : code === 'ENOTDIR' || code === 'EEXIST'
        ? `The page cache folder ${folder} is not a folder; this build goes on without the cache.`
        : `The page cache in ${folder} cannot be used (${code}); this build goes on without it.`;
    this.#problem = diagnostic('cache/unusable', code === 'EISDIR' ? file : folder, FILE_START, message);
    this.#entries = new Map();
  }

  /** Closes the cache file; pages not yet read from it are then not found. */
  close(): void {
    if (this.#descriptor !== undefined) closeSync(this.#descriptor);
    this.#descriptor = undefined;
  }

  /** The bytes of a whole record, as they are in the file. */
  #read({ offset, recordBytes }: StoredValue): Buffer {
    if (this.#descriptor === undefined) throw new Error('The page cache file is closed.');
    const bytes = Buffer.allocUnsafe(recordBytes);
    if (readSync(this.#descriptor, bytes, 0, recordBytes, offset) !== recordBytes) throw new Error('The page cache file is cut short.');
    return bytes;
  }
}

function isStored(entry: StoredValue | LoadedPage): entry is StoredValue {
  return 'offset' in entry;
}

/**
 * The keys of the records in the file and where they are; a foreign file has none. Only the lengths
 * are read here; a record's format and checksum are checked when its page is asked for.
 */
function readKeys(descriptor: number): CacheFileContents {
  const entries = new Map<string, StoredValue | LoadedPage>();
  const size = fstatSync(descriptor).size;
  const magic = Buffer.alloc(MAGIC.length);
  if (readSync(descriptor, magic, 0, MAGIC.length, 0) !== MAGIC.length || !magic.equals(MAGIC)) return { entries, whole: false, recordBytes: 0 };
  const header = Buffer.alloc(HEADER);
  let at = MAGIC.length;
  while (at + HEADER + CHECKSUM <= size && readSync(descriptor, header, 0, HEADER, at) === HEADER) {
    if (header.readUInt32LE(0) !== RECORD_FORMAT) break; // not a record boundary: the rest cannot be found
    const keyLength = header.readUInt32LE(4);
    const valueLength = header.readUInt32LE(8);
    const recordBytes = HEADER + CHECKSUM + keyLength + valueLength;
    if (at + recordBytes > size) break; // cut short: keep what is whole
    const key = Buffer.alloc(keyLength);
    readSync(descriptor, key, 0, keyLength, at + HEADER + CHECKSUM);
    // A key written twice (a damaged record parsed again) is found at its last record.
    entries.set(key.toString('utf8'), { offset: at, recordBytes });
    at += recordBytes;
  }
  return { entries, whole: at === size, recordBytes: at - MAGIC.length };
}

/** The bytes of one record: its header, checksum, key and value. */
function record(key: string, value: Buffer): Buffer[] {
  const keyBytes = Buffer.from(key);
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(RECORD_FORMAT, 0);
  header.writeUInt32LE(keyBytes.length, 4);
  header.writeUInt32LE(value.length, 8);
  return [header, checksum(header, keyBytes, value), keyBytes, value];
}

function checksum(header: Buffer, key: Buffer, value: Buffer): Buffer {
  return createHash('sha256').update(header).update(key).update(value).digest();
}

/** The value of a whole record read back, after checking its format, key and checksum; throws when any differs. */
function valueOf(bytes: Buffer, key: string): Buffer {
  const header = bytes.subarray(0, HEADER);
  const keyLength = header.readUInt32LE(4);
  const keyBytes = bytes.subarray(HEADER + CHECKSUM, HEADER + CHECKSUM + keyLength);
  const value = bytes.subarray(HEADER + CHECKSUM + keyLength);
  if (header.readUInt32LE(0) !== RECORD_FORMAT || header.readUInt32LE(8) !== value.length || keyBytes.toString('utf8') !== key) throw new Error('Not the record asked for.');
  if (!checksum(header, keyBytes, value).equals(bytes.subarray(HEADER, HEADER + CHECKSUM))) throw new Error('The record was changed.');
  return value;
}

/** Appends records to the file, a batch of whole records per write, so no other run's write lands inside one. */
function appendRecords(file: string, pages: readonly [string, LoadedPage][]): void {
  if (pages.length === 0) return;
  const descriptor = openSync(file, 'a');
  try {
    for (let first = 0; first < pages.length; first += RECORDS_PER_BATCH) {
      writeAll(descriptor, pages.slice(first, first + RECORDS_PER_BATCH).flatMap(([key, page]) => record(key, serialize(page))));
    }
  } finally {
    closeSync(descriptor);
  }
}

/** Writes a whole cache file; records kept from the old file are copied as they are (`readStored` gives their bytes). */
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
      if (isStored(entry)) batch.push(readStored(entry));
      else batch.push(...record(key, serialize(entry)));
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
