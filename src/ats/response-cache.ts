import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AtsProvider } from '../model/role.ts';

/** The last good answer of a job board, with when it was received. */
export interface CachedAnswer {
  /** Milliseconds since the epoch. */
  readonly fetchedAt: number;
  readonly url: string;
  readonly body: unknown;
}

/** The cache file of one board: one per provider and board, so changing either never reads another's jobs. */
export function cacheFile(cacheDir: string, provider: AtsProvider, board: string): string {
  return join(cacheDir, 'ats', `${provider}-${board}.json`);
}

/** The cached answer, or undefined when there is none (or it is not ours: a damaged file is as good as none). */
export async function readCachedAnswer(file: string): Promise<CachedAnswer | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<CachedAnswer>;
    if (typeof data.fetchedAt !== 'number' || typeof data.url !== 'string' || !('body' in data)) return undefined;
    return { fetchedAt: data.fetchedAt, url: data.url, body: data.body };
  } catch {
    return undefined;
  }
}

/** Keeps a good answer for the builds after this one; written aside and renamed, so a reader never sees half. */
export async function writeCachedAnswer(file: string, answer: CachedAnswer): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(answer));
  await rename(temporary, file);
}
