import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { urlFromContentPath } from '../../src/model/page-url.ts';
import type { GeneratedRole } from '../generate-content.ts';

/** The folders of real job pages in `../shared/` the real-pages row is made of. */
export const REAL_PAGE_SETS = ['corpus', 'corpus-2023', 'corpus-sourcegraph'] as const;

/** The job pages of a folder (its README.md documents the set and is not a page). */
function pagesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !(entry.parentPath === dir && entry.name === 'README.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * Copies the real pages of `sharedDir` into `contentDir` as `copy-1/<set>/…`, `copy-2/<set>/…`, … until
 * there are at least `target` pages (the sets hold 78 together), and returns them as the benchmark's
 * editable pages. Distinct folders keep every URL distinct; duplicate titles are only warnings.
 */
export function copyRealPages(sharedDir: string, contentDir: string, target: number): GeneratedRole[] {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  const sets = REAL_PAGE_SETS.map((set) => ({ set, pages: pagesIn(join(sharedDir, set)) }));
  const perCopy = sets.reduce((sum, { pages }) => sum + pages.length, 0);
  if (perCopy === 0) throw new Error(`no job pages in ${sharedDir}`);
  const roles: GeneratedRole[] = [];
  for (let copy = 1; roles.length < target; copy++) {
    for (const { set, pages } of sets) {
      const folder = `copy-${copy}/${set}`;
      cpSync(join(sharedDir, set), join(contentDir, folder), { recursive: true, filter: (source) => !source.endsWith(`${set}/README.md`) });
      for (const page of pages) {
        const path = `${folder}/${page}`;
        roles.push({ path, url: urlFromContentPath(path), title: page, headingIds: [] });
      }
    }
  }
  return roles;
}

/** The `../shared/` folder beside the repository, when it holds the real pages. */
export function findSharedDir(repoRoot: string): string | undefined {
  const dir = join(repoRoot, '..', 'shared');
  return REAL_PAGE_SETS.every((set) => existsSync(join(dir, set))) ? dir : undefined;
}
