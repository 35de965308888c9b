import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatMs } from './report.ts';

/**
 * A stamp of the code the page cache is keyed on (src/, layouts/, package-lock.json; see
 * src/site/code-version.ts): the count and latest modification time of its files. Someone editing
 * that code between two builds invalidates the cache, and the second build is cold, not warm.
 */
export function sourceStamp(repoRoot: string): string {
  let files = 0;
  let latest = 0;
  const note = (file: string): void => {
    files++;
    latest = Math.max(latest, statSync(file).mtimeMs);
  };
  for (const folder of ['src', 'layouts']) {
    for (const entry of readdirSync(join(repoRoot, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) note(join(entry.parentPath, entry.name));
    }
  }
  note(join(repoRoot, 'package-lock.json'));
  return `${files}@${latest}`;
}

/** Returns a warm timing, or throws (so the run is reported, not counted) if the code changed since the cache was made. */
export function unlessCodeChanged(repoRoot: string, stampWhenCached: string, ms: number): number {
  if (sourceStamp(repoRoot) === stampWhenCached) return ms;
  throw new Error(`${formatMs(ms)}, but src/, layouts/ or package-lock.json changed after the cache was made, which invalidates it`);
}
