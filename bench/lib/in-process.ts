import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import { timeSync } from './stats.ts';

/** Every `.md` file below a folder, sorted. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The floor: milliseconds for one thread to run `remark().parse()` (no plugins) over every page body,
 * once per run. Front matter is stripped with gray-matter beforehand and not timed.
 */
export function timeRemarkParseFloor(contentDir: string, runs: number): number[] {
  // An options object makes gray-matter skip its per-string cache; the bodies are read once anyway.
  const bodies = markdownFiles(contentDir).map((file) => matter(readFileSync(file, 'utf8'), {}).content);
  const processor = remark();
  return Array.from({ length: runs }, () => timeSync(() => {
    for (const body of bodies) processor.parse(body);
  }));
}

/** What the internal link check took, or why it could not be timed. */
export type LinkCheckTiming = { readonly times: number[] } | { readonly unavailable: string };

/**
 * Loads the site model once (in this process, with `loadSite`), then times `checkSiteLinks(model)` once
 * per run. The modules are imported here, not at the top, because the link check may be mid-change.
 */
export async function timeLinkCheck(contentDir: string, today: string, runs: number): Promise<LinkCheckTiming> {
  try {
    const [{ checkSiteLinks }, { loadSite }] = await Promise.all([import('../../src/links/check-site-links.ts'), import('../../src/build/load-site.ts')]);
    const { model } = await loadSite({ contentDir, today });
    return { times: Array.from({ length: runs }, () => timeSync(() => checkSiteLinks(model))) };
  } catch (error) {
    return { unavailable: `checkSiteLinks could not be timed: ${(error as Error).message.split('\n')[0]}` };
  }
}
