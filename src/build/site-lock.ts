import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Thrown when another running build holds the output folder; its message is meant for the user. */
export class SiteLockedError extends Error {
  override readonly name = 'SiteLockedError';
  readonly pid: number;

  constructor(outDir: string, pid: number) {
    super(`Another build (process ${pid}) is writing ${outDir}; wait until it has finished, or build into another folder.`);
    this.pid = pid;
  }
}

/** The lock file of an output folder: beside it, so it is never part of the site. */
export function lockFileOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`);
}

/**
 * Takes the lock on the output folder `target` (an absolute path) for this process and returns the
 * function that gives it back. Throws `SiteLockedError` while another live process holds it; the lock
 * of a process that has died (killed mid-build) is taken over.
 */
export function lockSite(target: string, shownAs: string = target): () => void {
  const lock = lockFileOf(target);
  const mine = `${lock}.${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      // A hard link creates the lock with its content in one step: no reader ever sees it empty.
      try {
        linkSync(mine, lock);
        return () => release(lock);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = holderOf(lock);
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) throw new SiteLockedError(shownAs, holder);
      if (attempt > 2) throw new SiteLockedError(shownAs, holder ?? 0);
      takeOverStale(lock, holder);
    }
  } finally {
    rmSync(mine, { force: true });
  }
}

/** The process id in a lock file, or undefined when there is none (or none that makes sense). */
function holderOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined; // gone meanwhile: the next attempt creates it
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a dead process's lock out of the way. Renaming (not deleting) it means only one of two
 * builds racing for it wins; if what was moved turns out to be a live build's fresh lock, it is put back.
 */
function takeOverStale(lock: string, stalePid: number | undefined): void {
  const aside = `${lock}.stale-${process.pid}`;
  try {
    renameSync(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = holderOf(aside);
  if (moved !== stalePid && moved !== undefined && isAlive(moved)) {
    try {
      linkSync(aside, lock);
    } catch {
      // Someone else holds it now; the next attempt reports them.
    }
  }
  rmSync(aside, { force: true });
}

function release(lock: string): void {
  if (holderOf(lock) === process.pid) rmSync(lock, { force: true });
}
