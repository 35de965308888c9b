import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/**
 * Node's arguments for `bin/careers.js <args>` as the npm scripts run it: with the V8 flags the bin
 * would otherwise start Node again for (one Node start less per run). tests/bin proves the restart itself.
 */
export function cliArgv(args: readonly string[]): string[] {
  return ['--expose-gc', '--max-semi-space-size=16', join(REPO_ROOT, 'bin/careers.js'), ...args];
}

/**
 * Runs the real command line as a user does: `bin/careers.js`, which runs the bundle compiled from the
 * current source (compiled once, by the first test that runs it), started as the npm scripts start it.
 * A fifth of the CPU of starting the TypeScript through tsx, on every one of the tests' runs.
 */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return run(cliArgv(args), options);
}

/** Runs the command line from its TypeScript source (`src/cli/main.ts` under tsx), to compare with the bundle. */
export function runSourceCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return run(['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], { ...options, env: { ELEVENTY_SKIP_ESM_RESOLVER: '1', ...options.env } });
}

/** Runs `node <argv>` and resolves with its exit code and output, never rejecting. */
export function run(argv: readonly string[], options: RunOptions): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      argv,
      { cwd: options.cwd ?? REPO_ROOT, env: { ...process.env, ...options.env }, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
