import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { UrlResult } from './http-check.ts';

/** Results of earlier runs, so a scheduled check only asks servers about links it has not seen lately. */
export interface LinkCache {
  get(url: string): UrlResult | undefined;
  set(url: string, result: UrlResult): void;
  /** Writes the cache (atomically), dropping expired entries. */
  save(): Promise<void>;
}

interface CacheFile {
  readonly version: 1;
  readonly entries: Record<string, { readonly checked: number; readonly result: UrlResult }>;
}

/** Opens the cache at `file`; an absent or unreadable file starts empty, a TTL of 0 disables the cache. */
export async function openLinkCache(file: string, ttlMs: number, now: () => number = Date.now): Promise<LinkCache> {
  const entries = new Map<string, { checked: number; result: UrlResult }>();
  if (ttlMs > 0) {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
      if (stored.version === 1 && stored.entries) for (const [url, entry] of Object.entries(stored.entries)) entries.set(url, entry);
    } catch {
      // A missing or damaged cache only costs a fresh check.
    }
  }
  const fresh = (checked: number): boolean => now() - checked < ttlMs;
  return {
    get: (url) => {
      const entry = entries.get(url);
      return entry && fresh(entry.checked) ? entry.result : undefined;
    },
    set: (url, result) => {
      // A timeout, a refused connection or a 429/5xx says little about tomorrow: only lasting answers are kept.
      const lasting = result.state !== 'unreachable' && result.state !== 'rate-limited' && !(result.status !== undefined && (result.status === 429 || result.status >= 500));
      if (ttlMs > 0 && lasting) entries.set(url, { checked: now(), result });
    },
    save: async () => {
      if (ttlMs <= 0) return;
      const kept: CacheFile['entries'] = {};
      for (const [url, entry] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) if (fresh(entry.checked)) kept[url] = entry;
      await mkdir(dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, `${JSON.stringify({ version: 1, entries: kept } satisfies CacheFile, null, 1)}\n`);
      await rename(temp, file);
    },
  };
}

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses a duration such as `90s`, `30m`, `12h`, `7d` or plain seconds (`3600`); undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)?$/.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (UNITS[match[2] ?? 's'] ?? 1000));
}
