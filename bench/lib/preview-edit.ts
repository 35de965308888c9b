import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { careersCommand } from './careers-cli.ts';
import { startProcess, stopProcess } from './processes.ts';

/** A job page and the file the site builds from it. */
export interface EditablePage {
  readonly source: string;
  readonly output: string;
}

export interface PreviewSession {
  readonly repoRoot: string;
  readonly contentDir: string;
  readonly outDir: string;
  /** Pages to edit, one per edit, in turn. */
  readonly pages: readonly EditablePage[];
  readonly edits: number;
  /** How long the server may take to build the site and start listening. */
  readonly startTimeoutMs: number;
  /** How long one edit may take to show in its page. */
  readonly editTimeoutMs: number;
  /** Makes the edited lines of one session differ from every other session's. */
  readonly label: string;
}

const POLL_MS = 10;
// After the server answers, chokidar may still be scanning; an edit made then could go unnoticed.
const WATCHER_SETTLE_MS = 1000;
// Between edits, let the previous rebuild finish writing the other pages, so edits do not queue up.
const BETWEEN_EDITS_MS = 1000;

/**
 * Starts `careers serve` on a free port, waits for the first build, then appends a line to one page at
 * a time and returns, per edit, the milliseconds until the page's built HTML holds the new line.
 * The server is always stopped, whatever happens.
 */
export async function timePreviewEdits(session: PreviewSession): Promise<number[]> {
  const port = await freePort();
  const server = startProcess(careersCommand(session.repoRoot, ['serve', '--content', session.contentDir, '--out', session.outDir, '--port', String(port)], session.startTimeoutMs));
  let output = '';
  const keep = (chunk: Buffer): void => { output = (output + chunk.toString('utf8')).slice(-4096); };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  try {
    const listening = async (): Promise<boolean> => {
      if (server.exitCode !== null || server.signalCode !== null) throw new Error(`careers serve exited before it answered:\n${output.trim()}`);
      return await serverAnswers(port);
    };
    await waitFor(listening, session.startTimeoutMs, () => `careers serve did not answer on port ${port}:\n${output.trim()}`);
    await sleep(WATCHER_SETTLE_MS);
    const times: number[] = [];
    for (let edit = 0; edit < session.edits; edit++) {
      const page = session.pages[edit % session.pages.length] as EditablePage;
      const marker = `Benchmark edit ${session.label}x${edit}x${Date.now().toString(36)}`;
      const started = performance.now();
      appendFileSync(page.source, `\n${marker}\n`);
      await waitFor(async () => fileContains(page.output, marker), session.editTimeoutMs, () => `the edit of ${page.source} did not reach ${page.output}:\n${output.trim()}`);
      times.push(performance.now() - started);
      await sleep(BETWEEN_EDITS_MS);
    }
    return times;
  } finally {
    await stopProcess(server);
  }
}

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port was assigned.'))));
    });
  });
}

async function serverAnswers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

function fileContains(file: string, text: string): boolean {
  try {
    return readFileSync(file, 'utf8').includes(text);
  } catch {
    return false;
  }
}

async function waitFor(ready: () => boolean | Promise<boolean>, timeoutMs: number, failure: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await ready())) {
    if (performance.now() > deadline) throw new Error(failure());
    await sleep(POLL_MS);
  }
}
