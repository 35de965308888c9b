import { realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { contentFileLink, contentFileUrl, type PageAsset } from '../model/content-links.ts';
import type { Role } from '../model/role.ts';

/**
 * The images and documents beside the pages that the pages link to (`![Org chart](org-chart.png)` in
 * `engineering/backend/index.md`), to publish as they are, as Hugo publishes a page bundle's files and
 * Jekyll every file of its folder. Only regular files whose real path lies inside the content folder
 * are published, so a symbolic link cannot publish a file from elsewhere on the disk; a link to a file
 * that is not published is reported by the link check. Files only `unpublished` pages (drafts) link to
 * are listed as such, for their links to be checked, and are not published. Sorted by site path.
 */
export function findPageAssets(roles: readonly Role[], contentDir: string, unpublished: readonly Role[] = [], cwd = process.cwd()): PageAsset[] {
  const root = resolve(cwd, contentDir);
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch {
    return [];
  }
  const found = new Map<string, PageAsset>();
  const pages = [...roles.map((role) => ({ role, draft: false })), ...unpublished.map((role) => ({ role, draft: true }))];
  for (const { role, draft } of pages) {
    for (const { url } of role.links) {
      const link = contentFileLink(url, role.sourceInContent);
      if (link?.kind !== 'asset' || found.has(link.file)) continue;
      const source = join(root, link.file);
      if (isPublishable(source, rootReal)) found.set(link.file, { source, file: contentFileUrl(link), inContent: link.file, ...(draft ? { unpublished: true as const } : {}) });
    }
  }
  return [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function isPublishable(path: string, rootReal: string): boolean {
  try {
    const real = realpathSync(path);
    return real.startsWith(`${rootReal}${sep}`) && statSync(real).isFile();
  } catch {
    return false;
  }
}
