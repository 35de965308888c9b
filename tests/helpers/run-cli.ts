import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real command line (`src/cli/main.ts`) as a user would, and collects its output and exit code. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args],
      { cwd: options.cwd ?? REPO_ROOT, env: { ...process.env, ELEVENTY_SKIP_ESM_RESOLVER: '1', ...options.env }, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
