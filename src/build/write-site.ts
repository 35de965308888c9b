import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { lockSite } from './site-lock.ts';

/**
 * Builds into a fresh folder beside `outDir` and swaps it into place only when `build` succeeds,
 * so a failed build leaves the previous site as it was and never a half-written one.
 *
 * `outDir` is a symbolic link to the site's folder (`.<name>.site-<id>` beside it), and the swap
 * renames a new link over it: one atomic step on Linux and macOS, so a build killed at any moment
 * leaves the old site or the new one, never none. Web servers and `cp -r <out>/.` read it as a folder.
 * The output folder is locked for the build, and what killed builds left beside it is removed.
 */
export async function writeSiteAtomically(outDir: string, build: (tempDir: string) => Promise<void>): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const release = lockSite(target, outDir);
  try {
    await removeLeftovers(target);
    const id = randomBytes(6).toString('hex');
    // Not mkdtemp: it creates the folder with mode 0700, and the swapped-in site would be unreadable to a
    // web server. mkdir fails when the name exists, so a random name is as safe, and the umask applies.
    const temp = siblingOf(target, 'building', id);
    await mkdir(temp);
    try {
      await build(temp);
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      throw error;
    }
    const site = siblingOf(target, 'site', id);
    await rename(temp, site);
    try {
      await swapIn(target, site, id);
    } catch (error) {
      await rm(site, { recursive: true, force: true });
      throw error;
    }
    await removeLeftovers(target);
  } finally {
    release();
  }
}

/** A folder or link beside the output folder that belongs to it: `.<name>.<kind>-<id>`. */
function siblingOf(target: string, kind: 'building' | 'site' | 'link', id: string): string {
  return join(dirname(target), `.${basename(target)}.${kind}-${id}`);
}

/** Points the output link at `site`, replacing the previous link in one rename. */
async function swapIn(target: string, site: string, id: string): Promise<void> {
  const link = siblingOf(target, 'link', id);
  // Relative, so the output and its folder can be moved or mounted elsewhere together.
  await symlink(basename(site), link, 'dir');
  try {
    await rename(link, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') {
      await rm(link, { force: true });
      throw error;
    }
    // The output is a real folder (written by an earlier version, or by hand): a link cannot be renamed
    // over a folder, so this one time the folder is moved aside first (it is removed as a leftover).
    await rename(target, siblingOf(target, 'site', `${id}-previous`));
    await rename(link, target);
  }
}

/** Removes every `.<name>.building-*`, `.<name>.site-*` and `.<name>.link-*` beside the output but the site it links to. */
async function removeLeftovers(target: string): Promise<void> {
  const parent = dirname(target);
  const prefix = `.${basename(target)}.`;
  const current = await linkTarget(target);
  for (const name of await readdir(parent)) {
    if (!name.startsWith(prefix) || name === current) continue;
    if (/^(building|site|link)-[0-9a-f]{12}(-previous)?$/.test(name.slice(prefix.length))) await rm(join(parent, name), { recursive: true, force: true });
  }
}

/** The name the output link points to, if it is a link to a folder beside it. */
async function linkTarget(target: string): Promise<string | undefined> {
  try {
    if (!(await lstat(target)).isSymbolicLink()) return undefined;
    return basename(await readlink(target));
  } catch {
    return undefined;
  }
}
