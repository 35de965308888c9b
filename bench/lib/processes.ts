import { spawn, type ChildProcess } from 'node:child_process';

/** A command line to run, where, and for how long at most. */
export interface Command {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
}

export interface CommandResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly wallMs: number;
  /** The last few kilobytes of what the command printed, for error messages. */
  readonly output: string;
}

const OUTPUT_TAIL = 8 * 1024;
const live = new Set<ChildProcess>();

/**
 * Starts a command in a process group of its own, so that it and everything it starts can be ended
 * together by its id. Every started process is ended when the benchmark exits, however it exits.
 */
export function startProcess(command: Omit<Command, 'timeoutMs'>): ChildProcess {
  const child = spawn(command.command, [...command.args], { cwd: command.cwd, env: command.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Sends a signal to a started process's group; does nothing once the process has exited. */
export function signalProcess(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone between the check and the kill.
  }
}

/** Ends a started process: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalProcess(child, 'SIGTERM');
  const timer = setTimeout(() => signalProcess(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Runs a command to its end (or its timeout) and reports how it ended and how long it took. */
export function runCommand(command: Command): Promise<CommandResult> {
  const started = performance.now();
  const child = startProcess(command);
  let output = '';
  const keep = (chunk: Buffer): void => { output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stopProcess(child);
  }, command.timeoutMs);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, wallMs: performance.now() - started, output });
    });
  });
}

/** Runs a command and throws, with the end of its output, unless it exits 0 in time. */
export async function runOrThrow(command: Command): Promise<CommandResult> {
  const result = await runCommand(command);
  if (result.code === 0 && !result.timedOut) return result;
  const how = result.timedOut ? `timed out after ${Math.round(command.timeoutMs / 1000)} s` : `exited ${result.code ?? result.signal}`;
  throw new Error(`${[command.command, ...command.args].join(' ')} ${how}:\n${result.output.trim().split('\n').slice(-15).join('\n')}`);
}

function killAll(): void {
  for (const child of live) signalProcess(child, 'SIGKILL');
}

process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}
