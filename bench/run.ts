/**
 * The benchmark (issue 17): for each number of pages, our cold and warm builds, a preview edit, `check`,
 * the link check, peak memory and the remark parse floor, beside Hugo and Eleventy with markdown-it,
 * as Markdown tables of medians, then the goals with PASS or FAIL. See bench/README.md.
 *
 *   node --import tsx bench/run.ts [--sizes 1000,4000,10000] [--runs 7] [--edits 3] [--seed 42] [--real-pages 250]
 */
import { join } from 'node:path';
import { compiledCli } from '../bin/compile.js';
import { fileURLToPath } from 'node:url';
import { benchSize } from './lib/bench-size.ts';
import { findOrInstall } from './lib/find-program.ts';
import { describeMachine } from './lib/machine.ts';
import { prepareMeasuring } from './lib/measure-command.ts';
import { parseBenchOptions, USAGE } from './lib/options.ts';
import { formatMs, goalsTable, sizeTable } from './lib/report.ts';
import type { SizeSamples } from './lib/samples.ts';
import { findSharedDir } from './lib/real-pages.ts';
import { makeScratchDir } from './lib/scratch-dir.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  let options;
  try {
    options = parseBenchOptions(args);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  // The CLI, settings and Eleventy's config resolve from the repository root, as under `npm run bench`.
  process.chdir(repoRoot);
  const started = performance.now();
  const measuring = await prepareMeasuring();
  // Compiled once here, so that no measured run pays for it.
  await compiledCli(repoRoot);
  const hugo = await findOrInstall('hugo', 'hugo').catch((error: Error) => error);
  const scratch = makeScratchDir('careers-bench-');
  const today = new Date().toISOString().slice(0, 10);

  const header = [
    '# careers benchmark',
    '',
    describeMachine(),
    `Pages: bench/generate-content.ts, seed ${options.seed}, in ${scratch}. Peak memory: ${measuring}. Hugo: ${hugo instanceof Error ? `unavailable (${hugo.message.split('\n')[0]})` : hugo}.`,
  ];
  process.stdout.write(`${header.join('\n')}\n\n`);
  const sizes: SizeSamples[] = [];
  for (const pages of options.sizes) {
    const size = await benchSize({ repoRoot, workDir: join(scratch, String(pages)), pages, runs: options.runsFor(pages), edits: options.edits, seed: options.seed, hugo, today });
    sizes.push(size);
    process.stdout.write(`${sizeTable(size)}\n\n`);
  }
  const shared = findSharedDir(repoRoot);
  if (options.realPages > 0 && shared === undefined) process.stdout.write('Real pages: not measured, ../shared/ (corpus, corpus-2023, corpus-sourcegraph) is absent.\n\n');
  if (options.realPages > 0 && shared !== undefined) {
    const runs = options.runsFor(options.realPages);
    const size = await benchSize({ repoRoot, workDir: join(scratch, 'real'), pages: options.realPages, realPagesFrom: shared, runs, edits: options.edits, seed: options.seed, hugo, today });
    sizes.push(size);
    process.stdout.write(`${sizeTable(size)}\n\n`);
  }
  process.stdout.write(`${goalsTable(sizes)}\n\nThe benchmark took ${formatMs(performance.now() - started)}.\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
