import { parseArgs } from 'node:util';

export interface BenchOptions {
  readonly sizes: readonly number[];
  /** Runs at a size; by default 7 up to 1 000 pages and 3 above. */
  runsFor(pages: number): number;
  readonly edits: number;
  readonly seed: number;
  /** Also measure the real pages of ../shared/, copied until there are this many (0: not at all). */
  readonly realPages: number;
}

export const USAGE = `Usage: node --import tsx bench/run.ts [--sizes 1000,4000,10000] [--runs N] [--edits 3] [--seed 42] [--real-pages 250]
  --sizes  page counts to generate and measure
  --runs   runs per size (default: 7 up to 1 000 pages, 3 above)
  --edits  page edits per preview session (one session per run)
  --seed   seed of bench/generate-content.ts
  --real-pages  also measure the real pages of ../shared/ (corpus, corpus-2023, corpus-sourcegraph), copied
           under distinct folders until there are at least this many; 0 leaves them out (default 250;
           skipped with a message when ../shared/ is absent)
`;

function wholeNumber(value: string, option: string, min: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min) throw new Error(`${option} must be a whole number of at least ${min}; got "${value}".`);
  return n;
}

/** Reads the benchmark's options; throws a sentence naming the option for a bad value. */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      sizes: { type: 'string', default: '1000,4000,10000' },
      runs: { type: 'string' },
      edits: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
      'real-pages': { type: 'string', default: '250' },
    },
    strict: true,
  });
  const sizes = values.sizes.split(',').map((s) => wholeNumber(s.trim(), '--sizes', 1));
  const runs = values.runs === undefined ? undefined : wholeNumber(values.runs, '--runs', 1);
  return {
    sizes,
    runsFor: (pages) => runs ?? (pages <= 1000 ? 7 : 3),
    edits: wholeNumber(values.edits, '--edits', 1),
    seed: wholeNumber(values.seed, '--seed', 0),
    realPages: wholeNumber(values['real-pages'], '--real-pages', 0),
  };
}
