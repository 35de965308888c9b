/**
 * The program runs either from its TypeScript source (under tsx: tests, `npm run docs`) or from the
 * bundle `bin/compile.mjs` writes to `dist/` (the CLI). A module that starts another entry point (a
 * parse worker, Eleventy's configuration) finds it here in either case.
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/** Entry points of the bundle (dist/NAME.js), and their sources relative to `src/`. */
const ENTRIES = {
  'parse-worker': './site/parse-worker.ts',
  'eleventy-config': '../.eleventy.ts',
} as const;

export type EntryPoint = keyof typeof ENTRIES;

/** The URL of an entry point: its compiled module in the bundle, else its TypeScript source. */
export function entryPointUrl(name: EntryPoint): URL {
  // Bundled, this module sits in a chunk in the bundle's root, beside the entry points.
  return new URL(FROM_SOURCE ? ENTRIES[name] : `./${name}.js`, import.meta.url);
}

/** Whether this is the TypeScript source, which a worker thread can load only after registering tsx. */
export const RUNNING_FROM_SOURCE = FROM_SOURCE;
