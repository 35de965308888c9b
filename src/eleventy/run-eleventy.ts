import type { LoadSiteOptions } from '../build/load-site.ts';
import { dirname, resolve } from 'node:path';
import { collectGarbage } from '../build/collect-garbage.ts';
import type { RenderPlan, SiteRender } from '../build/site-render.ts';
import { carryOver } from '../build/unchanged-pages.ts';
import { discoverContent } from '../content/discover.ts';
import { loadSettings } from '../settings/load-settings.ts';
import { userSourcePaths } from '../settings/user-sources.ts';
import { packagePath } from '../package-root.ts';
import type { EleventyConfig } from './eleventy-config.ts';
import careersPlugin, { type CareersPluginOptions } from './plugin.ts';
import { listenOnHost, rejectUnsafePaths } from './preview-server.ts';
import { removeDeletedPage } from './stale-pages.ts';
import { addSiteTemplates } from './site-templates.ts';
import { whenWatching, type FolderWatcher } from './watched-folders.ts';

/**
 * Eleventy's input folder, absolute so the CLI works from any working directory. The templates are
 * virtual; only `11ty.js` is a template format, so nothing in the folder is read as a page.
 */
const INPUT_DIR = packagePath('layouts');

/** Eleventy's options for a run the CLI configures itself: no configuration file is looked for. */
function options(configure: (config: EleventyConfig) => void): { configPath: string; quietMode: boolean; config: (config: EleventyConfig) => void } {
  return {
    // Empty: Eleventy looks for no configuration file (a user's own .eleventy.js in the working directory must not apply).
    configPath: '',
    quietMode: true,
    config: (config) => {
      config.setTemplateFormats(['11ty.js']);
      configure(config);
    },
  };
}

/**
 * Writes a planned site to `outDir`: each run of the plan through Eleventy, then the role pages the
 * previous site already holds exactly as they would be written, carried over from `previousSite`.
 */
export async function writeWithEleventy(outDir: string, plan: RenderPlan, previousSite: string | undefined): Promise<void> {
  const Eleventy = await importEleventy();
  for (const run of plan.runs) {
    // Each run's pages are garbage once written; V8 would let them pile up (see collect-garbage.ts).
    if (plan.runs.length > 1) collectGarbage();
    const eleventy = new Eleventy(INPUT_DIR, resolve(outDir), options((config) => addSiteTemplates(config, async (): Promise<SiteRender> => run, { assets: run.sitePages })));
    // Eleventy prints its own errors with stack traces even in quiet mode; the CLI reports the error it throws.
    eleventy.disableLogger();
    await eleventy.write();
  }
  if (previousSite !== undefined) carryOver(plan.unchanged, previousSite, outDir);
}

/** Starts Eleventy's development server with live reload on `host:port`; resolves once it is listening. */
export async function serveWithEleventy(outDir: string, port: number, plugin: Omit<CareersPluginOptions, 'previousSite' | 'preview' | 'reportDiagnostics'> & LoadSiteOptions, host = '127.0.0.1'): Promise<void> {
  const Eleventy = await importEleventy();
  // Rebuilds write into the same folder: role pages already there as they would be written are left alone.
  const preview: CareersPluginOptions = { ...plugin, preview: true, reportDiagnostics: true, previousSite: resolve(outDir) };
  const eleventy = new Eleventy(INPUT_DIR, resolve(outDir), { ...options((config) => {
    careersPlugin(config, preview);
    config.setServerOptions({ middleware: [rejectUnsafePaths] });
  }), runMode: 'serve' });
  await eleventy.init();
  const watchRun = (await eleventy.watch()) as unknown as (path: string) => Promise<void>;
  // Serve only once an edit anywhere in the content will be seen.
  const watcher = (eleventy as unknown as { watcher?: FolderWatcher & { on(event: 'unlink', listener: (path: string) => void): void; add(paths: string[]): void } }).watcher;
  // The settings file, the brand files and the layouts folder are rebuilt from on an edit too.
  const { settings } = await loadSettings(plugin.settingsFile);
  watcher?.add(userSourcePaths(settings, plugin.settingsFile).map((path) => resolve(path)));
  // Eleventy only forgets a deleted file; the site must drop its page (listings, roles.json, links to it) too.
  watcher?.on('unlink', (path) => {
    removeDeletedPage(outDir, plugin.contentDir, path);
    void watchRun(path);
  });
  const { files } = await discoverContent(plugin.contentDir);
  if (watcher && !(await whenWatching(watcher, new Set(files.map((file) => dirname(file.absolute)))))) {
    process.stderr.write('careers: the file watcher has not reached every content folder yet; an edit there may not show until it has.\n');
  }
  // Eleventy's serve API takes no host: its server instance is made first and told where to listen.
  const eleventyServe = (eleventy as unknown as { eleventyServe: { init(): Promise<void>; initServerInstance(): Promise<void>; server: Parameters<typeof listenOnHost>[0] } }).eleventyServe;
  await eleventyServe.init();
  await eleventyServe.initServerInstance();
  listenOnHost(eleventyServe.server, host);
  await eleventy.serve(port);
}

/** Eleventy, imported when a command needs it: `check` and the other commands never load it. */
async function importEleventy(): Promise<typeof import('@11ty/eleventy').default> {
  return (await import('@11ty/eleventy')).default;
}
