import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runOrThrow } from './processes.ts';

/** The full path of a program on PATH, or undefined. */
export function findProgram(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

let updated = false;

/**
 * Finds a program, installing its Debian package with apt-get (after one `apt-get update`) when it is
 * missing. Throws with apt-get's output when it cannot be installed.
 */
export async function findOrInstall(program: string, debianPackage: string): Promise<string> {
  const found = findProgram(program);
  if (found) return found;
  const apt = findProgram('apt-get');
  if (!apt) throw new Error(`${program} is missing and there is no apt-get to install the Debian package "${debianPackage}".`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  process.stderr.write(`Installing the Debian package "${debianPackage}" for ${program}...\n`);
  if (!updated) {
    await runOrThrow({ command: apt, args: ['update'], cwd: '/', env, timeoutMs: 300_000 });
    updated = true;
  }
  await runOrThrow({ command: apt, args: ['install', '-y', '--no-install-recommends', debianPackage], cwd: '/', env, timeoutMs: 600_000 });
  const installed = findProgram(program);
  if (!installed) throw new Error(`apt-get installed "${debianPackage}" but ${program} is still not on PATH.`);
  return installed;
}
