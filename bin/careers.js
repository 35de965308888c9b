#!/usr/bin/env node
// @ts-check
// The `careers` command: runs the CLI (src/cli/main.ts) from its compiled bundle in dist/, compiling
// it first when the source has changed since the last run (see bin/compile.js).
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledCli } from './compile.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
let cli;
try {
  cli = await compiledCli(root);
} catch {
  // esbuild has printed where the source does not compile.
  process.stderr.write('careers: the source in src/ does not compile; see the errors above.\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
