import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** /dev/shm when it is a writable folder (memory-backed, so disk speed does not blur the figures), else the OS temp folder. */
export function memoryBackedTempRoot(): string {
  try {
    if (statSync('/dev/shm').isDirectory()) {
      accessSync('/dev/shm', constants.W_OK);
      return '/dev/shm';
    }
  } catch {
    // No /dev/shm on this system.
  }
  return tmpdir();
}

const made = new Set<string>();
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Makes a fresh temp folder in memory-backed storage; it is removed when the process exits, however it exits. */
export function makeScratchDir(prefix: string): string {
  const dir = mkdtempSync(join(memoryBackedTempRoot(), prefix));
  made.add(dir);
  return dir;
}

/** Removes a folder made by makeScratchDir now rather than at exit. */
export function removeScratchDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  made.delete(dir);
}
