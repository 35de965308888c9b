import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_VERSION } from '../entry-points.ts';
import { PACKAGE_ROOT } from '../package-root.ts';

/** Bump to drop every cache entry made by earlier versions, whatever else changed. */
export const CACHE_FORMAT = 2;

let cached: string | undefined;

/**
 * A digest of everything besides content and settings that shapes a build: our source, the layouts
 * and the exact dependency versions (the lockfile). A cache made under another version is ignored.
 * The bundle's name already is such a digest (of a superset of those files), so the compiled CLI does
 * not read and hash them all a second time.
 */
export function codeVersion(): string {
  cached ??= BUNDLE_VERSION === undefined ? digestCode(PACKAGE_ROOT, CACHE_FORMAT) : versionOf(`bundle ${BUNDLE_VERSION}`, CACHE_FORMAT);
  return cached;
}

/** A code version from a digest of the code, under cache format `format` and this Node.js (whose v8 format pages are kept in). */
function versionOf(code: string, format: number): string {
  return createHash('sha256').update(`careers-cache-${format}\0${process.version}\0${code}`).digest('hex');
}

/** The code digest of the package at `root` under cache format `format`. */
export function digestCode(root: string, format: number): string {
  const hash = createHash('sha256').update(`careers-cache-${format}\0${process.version}\0`);
  for (const folder of ['src', 'layouts']) {
    const files = readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of files) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  try {
    hash.update(readFileSync(join(root, 'package-lock.json')));
  } catch {
    // Installed as a dependency without a lockfile of its own: the source digest still applies.
  }
  return hash.digest('hex');
}
