import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOrInstall } from './find-program.ts';
import { runOrThrow, type Command } from './processes.ts';
import { makeScratchDir, removeScratchDir } from './scratch-dir.ts';

/** How long a command took and the most memory it held at once. */
export interface Measurement {
  readonly wallMs: number;
  /** Peak resident set size in bytes; undefined when it could not be read. */
  readonly peakRssBytes: number | undefined;
}

const PEAK_RSS_HOOK = new URL('./peak-rss-hook.mjs', import.meta.url).href;
let gnuTime: string | undefined;

/** Finds GNU time (`/usr/bin/time`), installing Debian's `time` if needed; without it, peak memory comes from a Node hook. */
export async function prepareMeasuring(): Promise<string> {
  try {
    gnuTime = await findOrInstall('time', 'time');
    return `GNU time (${gnuTime})`;
  } catch (error) {
    return `process.resourceUsage() hook (GNU time unavailable: ${(error as Error).message.split('\n')[0]})`;
  }
}

/**
 * Runs a command once and measures its wall time (our clock, so finer than time's 10 ms) and peak RSS
 * (GNU time's %M from `-f %e,%M`, or for a `node` command without GNU time, the hook's maxRSS). Throws if it fails.
 */
export async function measureCommand(command: Command): Promise<Measurement> {
  const scratch = makeScratchDir('careers-bench-rss-');
  const rssFile = join(scratch, 'rss');
  try {
    const wrapped = wrapForPeakRss(command, rssFile);
    const { wallMs } = await runOrThrow(wrapped);
    return { wallMs, peakRssBytes: readPeakRss(rssFile) };
  } finally {
    removeScratchDir(scratch);
  }
}

function wrapForPeakRss(command: Command, rssFile: string): Command {
  if (gnuTime) return { ...command, command: gnuTime, args: ['-f', '%e,%M', '-o', rssFile, command.command, ...command.args] };
  if (command.command !== process.execPath) return command;
  return { ...command, args: [`--import=${PEAK_RSS_HOOK}`, ...command.args], env: { ...(command.env ?? process.env), BENCH_PEAK_RSS_FILE: rssFile } };
}

function readPeakRss(file: string): number | undefined {
  try {
    // GNU time writes `seconds,KiB` last (after a line about a non-zero exit, if any); the hook writes KiB.
    const kib = Number(readFileSync(file, 'utf8').trim().split('\n').at(-1)?.split(',').at(-1));
    return Number.isFinite(kib) && kib > 0 ? kib * 1024 : undefined;
  } catch {
    return undefined;
  }
}
