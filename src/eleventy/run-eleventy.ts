import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverContent } from '../content/discover.ts';
import { entryPointUrl } from '../entry-points.ts';
import type { UncheckedSite } from '../build/load-site.ts';
import { rolePageHtml } from '../../layouts/role.ts';
import { layoutContext } from '../../layouts/site-pages.ts';
import { collectGarbage } from '../build/collect-garbage.ts';
import { buildPasses } from '../build/build-passes.ts';
import { carryOver, splitRolePages } from '../build/unchanged-pages.ts';
import { handOverSite } from './handed-over-site.ts';
import { whenWatching, type FolderWatcher } from './watched-folders.ts';
import { packagePath } from '../package-root.ts';

export interface EleventyRun {
  readonly outDir: string;
  readonly contentDir: string;
  readonly settingsFile?: string | undefined;
}

/**
 * Eleventy's input folder and configuration, as absolute paths so the CLI works from any working
 * directory. Eleventy 3 skips directory data files for an absolute input folder; the templates are
 * virtual and read none.
 */
const INPUT_DIR = packagePath('layouts');
const CONFIG_FILE = fileURLToPath(entryPointUrl('eleventy-config'));

/**
 * Writes the checked site to `outDir` with Eleventy and the project's `.eleventy.ts`. Role pages that
 * the last site (`previousSite`) already holds exactly as they would be written are carried over; the
 * others are rendered in runs of at most `rolePagesPerPass` (see build-passes.ts).
 */
export async function runEleventy(run: EleventyRun & { readonly site: UncheckedSite; readonly previousSite?: string | undefined; readonly rolePagesPerPass?: number }): Promise<void> {
  withCareersEnvironment(run);
  const context = layoutContext(run.site.model);
  const { toRender, unchanged } = splitRolePages(run.site.model.roles, (role) => rolePageHtml(role, context), run.previousSite);
  const passes = buildPasses(toRender, run.rolePagesPerPass);
  for (const pass of passes) {
    // Each run's pages are garbage once written; V8 would let them pile up (see collect-garbage.ts).
    if (passes.length > 1) collectGarbage();
    handOverSite(run.site, pass);
    const Eleventy = await importEleventy(); // loaded once, after the first collection
    const eleventy = new Eleventy(INPUT_DIR, resolve(run.outDir), { configPath: CONFIG_FILE, quietMode: true });
    // Eleventy prints its own errors with stack traces even in quiet mode; the CLI reports the error it throws.
    eleventy.disableLogger();
    await eleventy.write();
  }
  if (run.previousSite !== undefined) carryOver(unchanged, run.previousSite, run.outDir);
}

/** Starts Eleventy's development server with live reload; resolves once it is listening. */
export async function serveEleventy(run: EleventyRun & { readonly port: number }): Promise<void> {
  withCareersEnvironment(run);
  process.env['CAREERS_REPORT'] = '1';
  process.env['CAREERS_PREVIEW'] = '1';
  // Rebuilds write into the same folder: pages already there as they would be written are left alone.
  process.env['CAREERS_PREVIOUS_SITE'] = resolve(run.outDir);
  const Eleventy = await importEleventy();
  const eleventy = new Eleventy(INPUT_DIR, resolve(run.outDir), { configPath: CONFIG_FILE, quietMode: true, runMode: 'serve' });
  await eleventy.init();
  await eleventy.watch();
  // Serve only once an edit anywhere in the content will be seen.
  const watcher = (eleventy as unknown as { watcher?: FolderWatcher }).watcher;
  const { files } = await discoverContent(run.contentDir);
  if (watcher && !(await whenWatching(watcher, new Set(files.map((file) => dirname(file.absolute)))))) {
    process.stderr.write('careers: the file watcher has not reached every content folder yet; an edit there may not show until it has.\n');
  }
  await eleventy.serve(run.port);
}

/**
 * Eleventy, imported when a command needs it. Before the import, Eleventy's ESM resolver is switched
 * off: on Node 20 it starts a module-loader thread through which every later import must pass, so that
 * a configuration file edited during a preview is imported afresh. Ours is compiled and never edited
 * during a run, and the thread cost a warm build a tenth of its time.
 */
async function importEleventy(): Promise<typeof import('@11ty/eleventy').default> {
  process.env['ELEVENTY_SKIP_ESM_RESOLVER'] ??= '1';
  return (await import('@11ty/eleventy')).default;
}

/**
 * Content and settings stay relative to the working directory, as the CLI was given them: the plugin
 * then loads pages under the same names as the check before it, and finds them in the page cache.
 */
function withCareersEnvironment(run: EleventyRun): void {
  process.env['CAREERS_CONTENT'] = run.contentDir;
  if (run.settingsFile) process.env['CAREERS_SETTINGS'] = run.settingsFile;
}

