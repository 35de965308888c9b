import { mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Builds into a fresh folder beside `outDir` and swaps it into place only when `build` succeeds,
 * so a failed build leaves the previous site as it was and never a half-written one.
 */
export async function writeSiteAtomically(outDir: string, build: (tempDir: string) => Promise<void>): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const temp = await mkdtemp(join(parent, `.${basename(target)}.building-`));
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
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadOld = false;
  }
  await rename(temp, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
}
