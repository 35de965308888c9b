#!/usr/bin/env node
// @ts-check
// The `careers` command. Installed from the package, it runs the bundle compiled when the package was
// packed (lib/, see bin/prepack.js) and writes nothing beside itself; in a checkout of the repository
// (src/ is there) it runs the CLI (src/cli/main.ts) from dist/, compiled first when the source has
// changed since the last run (see bin/compile.js).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Large builds collect garbage between phases (src/build/collect-garbage.ts), which needs `gc`, and a
 * small young generation keeps a build's peak memory down. Neither can be switched on once V8 has
 * started, so without them Node is started again, once, with them.
 */
const V8_FLAGS = ['--expose-gc', '--max-semi-space-size=16'];

/** Commands that never load a site, and so need neither flag: not worth starting Node twice for. */
const LIGHT = new Set(['--version', '-v', '--help', '-h', 'help', 'init', 'new']);

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const light = args[0] === undefined || LIGHT.has(args[0]) || args.includes('--help') || args.includes('-h');
const missing = V8_FLAGS.filter((flag) => !process.execArgv.some((given) => given === flag || given.startsWith(`${flag.split('=')[0]}=`)));
if (missing.length > 0 && !light) {
  const child = spawn(process.execPath, [...process.execArgv, ...missing, fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  // Ctrl-C reaches the child from the terminal itself; a signal sent to this process only is passed on.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      // Ended by a signal: end the same way, so a shell or CI sees what the child saw.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
} else {
  // Eleventy's own switch (read when it is imported): on Node 20 its ESM resolver starts a module-loader
  // thread so that a configuration file edited during a preview is imported afresh. careers has no such
  // file, and the thread cost a warm build a tenth of its time.
  process.env['ELEVENTY_SKIP_ESM_RESOLVER'] ??= '1';
  await import(pathToFileURL(await cliModule()).href);
}

/** The compiled CLI: prebuilt in an installed package, compiled on change in a checkout. */
async function cliModule() {
  if (!existsSync(join(root, 'src'))) {
    const prebuilt = join(root, 'lib', 'cli.js');
    if (existsSync(prebuilt)) return prebuilt;
    process.stderr.write(`careers: this copy of careers has neither its compiled program (${join(root, 'lib')}) nor its source; install the package again.\n`);
    process.exit(1);
  }
  const { compiledCli } = await import('./compile.js');
  try {
    return await compiledCli(root);
  } catch {
    // esbuild has printed where the source does not compile.
    process.stderr.write('careers: the source in src/ does not compile; see the errors above.\n');
    process.exit(1);
  }
}
