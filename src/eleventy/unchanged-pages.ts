import { copyFile, link, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Role } from '../model/role.ts';

/** Where a role page is written, relative to the site folder (Eleventy's permalink for it). */
export function rolePagePath(role: Role): string {
  return `${role.url}index.html`;
}

/** Which role pages Eleventy must render, and which are already in the previous site exactly as they would be written. */
export interface RolePageSplit {
  readonly toRender: Role[];
  /** Paths (relative to the site folder) of pages whose file in the previous site is what a render would write. */
  readonly unchanged: string[];
}

/**
 * Compares what the layouts render for each role with the file the previous build wrote, so Eleventy
 * renders and writes only the pages that changed. A page is kept only when its bytes are exactly what
 * a full render would write; no cache key is trusted, so an edited or missing file is simply rendered.
 * Without a previous site (a first build) nothing is compared and every page is rendered.
 */
export async function splitRolePages(roles: readonly Role[], render: (role: Role) => string, previousSite: string | undefined): Promise<RolePageSplit> {
  if (previousSite === undefined) return { toRender: [...roles], unchanged: [] };
  const toRender = new Set<Role>();
  const unchanged: string[] = [];
  await inBatches(roles, async (role) => {
    const path = rolePagePath(role);
    const previous = await readFile(join(previousSite, path)).catch(() => undefined);
    // Rendered only when there is something to compare with, and not kept: Eleventy renders it again.
    if (previous !== undefined && previous.equals(Buffer.from(render(role)))) unchanged.push(path);
    else toRender.add(role);
  });
  return { toRender: roles.filter((role) => toRender.has(role)), unchanged: unchanged.sort() };
}

/** Carries the unchanged pages from the previous site into the new one: a hard link where it can, else a copy. */
export async function carryOver(paths: readonly string[], from: string, to: string): Promise<void> {
  await inBatches(paths, async (path) => {
    const target = join(to, path);
    await mkdir(dirname(target), { recursive: true });
    await link(join(from, path), target).catch(() => copyFile(join(from, path), target));
  });
}

/** Runs `work` over `items`, 64 at a time: enough to keep the disk busy, few enough open files. */
async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += 64) await Promise.all(items.slice(start, start + 64).map(work));
}
