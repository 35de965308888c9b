/**
 * How long `careers check` takes, as a user runs it: the real CLI in a fresh process, on the real corpus
 * (../shared/corpus, 64 pages) and on copies of it (256 and 1 024 pages) under the system temp folder.
 * Prints figures; it is not a test and asserts nothing.
 *
 *   node --import tsx bench/check/run.ts [runs]
 *
 * For each size: the median wall time cold (no page cache) and warm (cache folder filled by a first run),
 * the cost per 100 pages once the fixed start-up (measured on a one-page folder) is taken away, and the
 * time of the load-and-check step alone, measured inside a fresh process (load-once.ts).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledCli } from '../../bin/compile.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = resolve(root, '../shared/corpus');
const runs = Number(process.argv[2] ?? 3);
if (!existsSync(corpus)) {
  console.error(`The benchmark reads the real pages in ${corpus}, which is not there.`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'careers-bench-check-'));

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => /\.md$/i.test(String(name)) && !/readme\.md$/i.test(String(name))).length;
}

/** `copies` copies of the corpus side by side, so URLs stay unique. */
function contentOf(copies: number): string {
  const dir = join(work, `corpus-x${copies}`);
  for (let i = 0; i < copies; i++) cpSync(corpus, join(dir, `copy-${i}`), { recursive: true });
  return dir;
}

function onePage(): string {
  const dir = join(work, 'one-page');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'role.md'), '---\ntitle: "Role"\n---\n\n## Responsibilities\n\n- Work.\n\n## Requirements\n\n- Skill.\n');
  return dir;
}

/** Wall time of one `check` in a fresh process, in seconds. */
function timeCheck(content: string, cache: string | undefined): Promise<number> {
  const started = performance.now();
  const args = [join(root, 'bin/careers.js'), 'check', '--content', content, '--format', 'json', ...(cache ? ['--cache', cache] : ['--no-cache'])];
  return new Promise((done, fail) => {
    execFile(process.execPath, args, { cwd: root, maxBuffer: 256 * 1024 * 1024 }, (error) => {
      // Exit 1 (content errors) is a normal result here; anything else is a failure of the benchmark.
      if (error && error.code !== 1) fail(error);
      else done((performance.now() - started) / 1000);
    });
  });
}

interface LoadTimes {
  readonly loadSeconds: number;
  readonly cpuSeconds: number;
}

/** The load-and-check step alone, in a fresh process with nothing cached. */
function timeLoad(content: string): Promise<LoadTimes> {
  const args = ['--import', 'tsx', join(root, 'bench/check/load-once.ts'), content];
  return new Promise((done, fail) => {
    execFile(process.execPath, args, { cwd: root }, (error, stdout) => {
      if (error) fail(error);
      else done(JSON.parse(stdout) as LoadTimes);
    });
  });
}

async function median(measure: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await measure());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Median wall and CPU time of the load step over `runs` fresh processes. */
async function medianLoad(content: string): Promise<LoadTimes> {
  const samples: LoadTimes[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeLoad(content));
  const middle = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  return { loadSeconds: middle(samples.map((s) => s.loadSeconds)), cpuSeconds: middle(samples.map((s) => s.cpuSeconds)) };
}

try {
  await compiledCli(root); // before timing: no run pays for compiling
  console.log(`careers check, real CLI, median of ${runs} runs; ${cpus().length} cores, Node ${process.version}, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  const baseline = await median(() => timeCheck(onePage(), undefined));
  console.log(`start-up (1 page, cold): ${baseline.toFixed(2)} s\n`);
  console.log('         whole command                 per 100 pages, start-up excluded   load-and-check step alone (fresh process)');
  console.log('pages   cold (s)   warm (s)         cold (s)   warm (s)                 wall (s)   CPU (s)   wall per 100   CPU per 100');
  for (const copies of [1, 4, 16]) {
    const content = contentOf(copies);
    const pages = countPages(content);
    const cold = await median(() => timeCheck(content, undefined));
    const cache = join(work, `cache-x${copies}`);
    await timeCheck(content, cache);
    const warm = await median(() => timeCheck(content, cache));
    const load = await medianLoad(content);
    const per100 = (seconds: number): string => (((seconds - baseline) / pages) * 100).toFixed(3);
    const perPage = (seconds: number): string => ((seconds / pages) * 100).toFixed(3);
    console.log([
      String(pages).padStart(5), cold.toFixed(2).padStart(8), warm.toFixed(2).padStart(8), per100(cold).padStart(14), per100(warm).padStart(8),
      load.loadSeconds.toFixed(2).padStart(22), load.cpuSeconds.toFixed(2).padStart(7), perPage(load.loadSeconds).padStart(12), perPage(load.cpuSeconds).padStart(11),
    ].join('   '));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
