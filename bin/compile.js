// @ts-check
// Compiles the TypeScript program to JavaScript with esbuild, once per version of the source: the
// CLI then starts without a TypeScript loader in the main thread and in every parse worker.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the bundle is made of: a change to any of these gives a new bundle. */
const SOURCES = ['src', 'layouts', 'package-lock.json', 'bin/compile.js'];

/** The bundle's entry points, as `src/entry-points.ts` expects them: dist/<version>/<name>.js. */
const ENTRY_POINTS = {
  cli: 'src/cli/main.ts',
  'parse-worker': 'src/build/parse-worker.ts',
  'search-index-worker': 'src/build/search-index-worker.ts',
  // The package's exports (package.json): the library API and the Eleventy plugin, sharing the CLI's chunks.
  index: 'src/api/index.ts',
  'eleventy-plugin': 'src/eleventy/plugin.ts',
};

/** Compiled versions kept besides the newest: a long preview may still start workers from its own. */
const KEEP = 4;

/**
 * The compiled CLI for the source as it is now: `dist/<digest of the sources>/cli.js`, compiled first
 * if this version has not been. Safe when several processes start at once: each compiles into a
 * folder of its own and renames it into place; the first rename wins and the others use it.
 */
/**
 * @param {string} root the package folder
 * @returns {Promise<string>} the path of the compiled CLI
 */
export async function compiledCli(root) {
  const version = sourceDigest(root);
  const dir = join(root, 'dist', version);
  const cli = join(dir, 'cli.js');
  if (existsSync(cli)) return cli;
  const temp = `${dir}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await bundle(root, temp);
    renameSync(temp, dir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    // Another process renamed the same version into place first: use it.
    if (!existsSync(cli)) throw error;
  }
  pruneOldVersions(join(root, 'dist'), version);
  return cli;
}

/**
 * Compiles every entry point into `outdir`.
 * @param {string} root the package folder
 * @param {string} outdir
 */
export async function bundle(root, outdir) {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir,
    bundle: true,
    splitting: true, // one copy of each module: the CLI and Eleventy's configuration share the loaded site
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Eleventy loads its own files and plugins at run time, so it stays a package in node_modules.
    external: ['@11ty/eleventy'],
    // CommonJS dependencies (gray-matter) call require(), which an ES module has only when given one.
    banner: { js: "import { createRequire as __careersCreateRequire } from 'node:module'; const require = __careersCreateRequire(import.meta.url);" },
    logLevel: 'error',
  });
}

/**
 * A digest of every source file's path and bytes: the name of the folder a version is compiled into.
 * @param {string} root
 */
export function sourceDigest(root) {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of filesUnder(join(root, source))) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * @param {string} path a file or folder
 * @returns {string[]} the file, or the files under the folder, sorted
 */
function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Removes all but the newest KEEP other versions, and folders left by compiles that died an hour ago. */
/**
 * @param {string} distDir
 * @param {string} current the version just compiled or found
 */
function pruneOldVersions(distDir, current) {
  const entries = readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== current)
    .map((entry) => ({ name: entry.name, path: join(distDir, entry.name), modified: statSync(join(distDir, entry.name)).mtimeMs }));
  const versions = entries.filter((entry) => !entry.name.endsWith('.tmp')).sort((a, b) => b.modified - a.modified);
  const abandoned = entries.filter((entry) => entry.name.endsWith('.tmp') && entry.modified < Date.now() - 3_600_000);
  for (const { path } of [...versions.slice(KEEP), ...abandoned]) rmSync(path, { recursive: true, force: true });
}
