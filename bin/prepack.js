// @ts-check
// `npm pack` and `npm publish` run this first (the `prepack` script): it compiles the package into
// lib/, so an installed copy runs prebuilt JavaScript and never compiles, nor writes, inside
// node_modules. A checkout keeps compiling into dist/ on change (bin/compile.js); lib/ is only packed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, sourceDigest } from './compile.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const lib = join(root, 'lib');

/** Stable files for package.json's `bin` and `exports`, each leading into the versioned bundle. */
/** @param {string} version */
function entryFiles(version) {
  return {
    'cli.js': `import './${version}/cli.js';\n`,
    'index.js': `export * from './${version}/index.js';\n`,
    'index.d.ts': "export * from './types/src/api/index.js';\n",
    'eleventy.js': `export * from './${version}/eleventy-plugin.js';\nexport { default } from './${version}/eleventy-plugin.js';\n`,
    'eleventy.d.ts': "export * from './types/src/eleventy/plugin.js';\nexport { default } from './types/src/eleventy/plugin.js';\n",
  };
}

/** Writes the declarations of the library and the plugin (and of every module their types name) to lib/types/. */
async function writeDeclarations() {
  const ts = (await import('typescript')).default;
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  // noCheck: emitting declarations otherwise type-checks every file of the program first (two thirds
  // of the pack's time), and type errors are not this script's to report (see below).
  const options = { ...parsed.options, noEmit: false, declaration: true, emitDeclarationOnly: true, noCheck: true, allowJs: false, rootDir: root, outDir: join(lib, 'types') };
  // The ambient declarations (Eleventy's module) too: without them the plugin's types have holes.
  const ambient = parsed.fileNames.filter((file) => file.endsWith('.d.ts'));
  const program = ts.createProgram([join(root, 'src/api/index.ts'), join(root, 'src/eleventy/plugin.ts'), ...ambient], options);
  // Only what stops declarations being written fails the pack; type errors are `npm run typecheck`'s to report.
  const problems = program.emit().diagnostics;
  if (problems.length > 0) {
    process.stderr.write(ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
    process.exit(1);
  }
}

// A fresh folder, so the tarball holds exactly one version of the bundle.
rmSync(lib, { recursive: true, force: true });
const version = sourceDigest(root);
await bundle(root, join(lib, version));
for (const [name, text] of Object.entries(entryFiles(version))) writeFileSync(join(lib, name), text);
mkdirSync(join(lib, 'types'), { recursive: true });
await writeDeclarations();
