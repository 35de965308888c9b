import type { Command } from './processes.ts';

/** A `careers` CLI command run from source in a new Node process, as `npm run <command>` would. */
export function careersCommand(repoRoot: string, args: readonly string[], timeoutMs: number): Command {
  return { command: process.execPath, args: ['--import', 'tsx', 'src/cli/main.ts', ...args], cwd: repoRoot, timeoutMs };
}
