import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The program runs either from its TypeScript source (under tsx: tests, `npm run docs`) or from the
 * bundle `bin/compile.js` writes to `dist/` (the CLI). A module that starts another entry point (a
 * worker, Eleventy's configuration) finds it here in either case.
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * Running from the bundle: its folder's name, `bin/compile.js`'s digest of the source, the layouts,
 * `.eleventy.ts` and the lockfile. Undefined when running from source.
 */
export const BUNDLE_VERSION: string | undefined = FROM_SOURCE ? undefined : basename(dirname(fileURLToPath(import.meta.url)));

/** Entry points of the bundle (dist/<version>/NAME.js, listed again in bin/compile.js) and their sources, relative to `src/`. */
const ENTRIES = {
  'parse-worker': './build/parse-worker.ts',
  'search-index-worker': './build/search-index-worker.ts',
} as const;

export type EntryPoint = keyof typeof ENTRIES;

/** Every entry point the bundle must have besides the CLI. */
export const ENTRY_POINTS = Object.keys(ENTRIES) as EntryPoint[];

/** The URL of an entry point: its compiled module in the bundle, else its TypeScript source. */
export function entryPointUrl(name: EntryPoint): URL {
  // Bundled, this module sits in a chunk in the bundle's root, beside the entry points.
  return new URL(FROM_SOURCE ? ENTRIES[name] : `./${name}.js`, import.meta.url);
}

/** Starts a worker thread running an entry point, from the bundle or, under tsx, from source. */
export function startWorker(name: EntryPoint, options: WorkerOptions = {}): Worker {
  const script = entryPointUrl(name);
  if (!FROM_SOURCE) return new Worker(script, options);
  // Workers do not inherit tsx's loader hooks, so register them before importing the TypeScript worker.
  const loader = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); })`, { ...options, eval: true });
}
