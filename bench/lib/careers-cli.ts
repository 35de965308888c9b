import type { Command } from './processes.ts';

/** A `careers` CLI command in a new Node process, as `npm run <command>` runs it (compiled, see bin/compile.js). */
export function careersCommand(repoRoot: string, args: readonly string[], timeoutMs: number): Command {
  return { command: process.execPath, args: ['--expose-gc', '--max-semi-space-size=16', 'bin/careers.js', ...args], cwd: repoRoot, timeoutMs };
}
