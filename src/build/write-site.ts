import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Builds into a fresh folder beside `outDir` and swaps it into place only when `build` succeeds,
 * so a failed build leaves the previous site as it was and never a half-written one.
 */
export async function writeSiteAtomically(outDir: string, build: (tempDir: string) => Promise<void>): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  // Not mkdtemp: it creates the folder with mode 0700, and the swapped-in site would be unreadable to a
  // web server. mkdir fails when the name exists, so a random name is as safe, and the umask applies.
  const temp = join(parent, `.${basename(target)}.building-${randomBytes(6).toString('hex')}`);
  await mkdir(temp);
  try {
    await build(temp);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  const old = `${temp}.old`;
  let hadOld = true;
  try {
    await rename(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(temp, { recursive: true, force: true });
      throw error;
    }
    hadOld = false;
  }
  try {
    await rename(temp, target);
  } catch (error) {
    // Put the previous site back rather than leave no site at all.
    if (hadOld) await rename(old, target);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
