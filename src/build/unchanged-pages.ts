import { closeSync, constants, copyFileSync, linkSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Role } from '../model/role.ts';
import { rolePagePath } from '../model/site-paths.ts';

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
export function splitRolePages(roles: readonly Role[], render: (role: Role) => string, previousSite: string | undefined): RolePageSplit {
  if (previousSite === undefined) return { toRender: [...roles], unchanged: [] };
  const toRender: Role[] = [];
  const unchanged: string[] = [];
  for (const role of roles) {
    const path = rolePagePath(role);
    const previous = readIfFile(join(previousSite, path));
    // Rendered only when there is something to compare with, and not kept: Eleventy renders it again.
    if (previous !== undefined && previous.equals(Buffer.from(render(role)))) unchanged.push(path);
    else toRender.push(role);
  }
  return { toRender, unchanged: unchanged.sort() };
}

/** Carries the unchanged pages from the previous site into the new one: a hard link where it can, else a copy. */
export function carryOver(paths: readonly string[], from: string, to: string): void {
  const folders = new Set<string>();
  for (const path of paths) {
    const target = join(to, path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    try {
      linkSync(join(from, path), target);
    } catch {
      copyFileSync(join(from, path), target);
    }
  }
}

/**
 * The bytes of a regular file, or undefined when there is none. A symbolic link counts as none: its
 * target could change after the build, so the page is rendered. (Synchronous: a thread-pool round trip
 * per page tripled the time.)
 */
function readIfFile(path: string): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    return readFileSync(descriptor);
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
