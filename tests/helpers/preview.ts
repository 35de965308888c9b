import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cliArgv } from './run-cli.ts';

/** A `careers serve` started by a test, with what it printed so far. */
export interface Preview {
  /** Its standard output and error, interleaved as they came. */
  output(): string;
  /** Whether it is still running. */
  running(): boolean;
  /** Ends it and everything it started (its process group), and waits until it has exited. */
  stop(): Promise<void>;
}

/** Starts `careers serve <args>` from the compiled CLI, in its own process group, with a fixed build date. */
export function startPreview(args: readonly string[], options: { readonly cwd: string }): Preview {
  const child = spawn(process.execPath, cliArgv(['serve', ...args]), {
    cwd: options.cwd,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1780000000' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const running = (): boolean => child.exitCode === null && child.signalCode === null;
  return {
    output: () => output,
    running,
    async stop() {
      if (child.pid === undefined || !running()) return;
      const exited = once(child, 'exit');
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}
