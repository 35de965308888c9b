import { buildDate, SiteLoader, type LoadSiteOptions } from '../build/load-site.ts';
import { embeddedSite, type EmbedOptions } from './embedded-site.ts';
import { SearchIndexWorker } from '../build/search-index.ts';
import { planRender, type SiteRender } from '../build/site-render.ts';
import { formatText } from '../diagnostics/format.ts';
import type { EleventyConfig } from './eleventy-config.ts';
import { addSiteTemplates } from './site-templates.ts';

export interface CareersPluginOptions extends Partial<LoadSiteOptions>, EmbedOptions {
  /** Print content problems on every (re)build: in preview there is no other place they show. */
  readonly reportDiagnostics?: boolean;
  /** The output folder, when it holds the last build (a preview rebuilding in place): role pages already there as they would be written are not rendered again. */
  readonly previousSite?: string | undefined;
  /** A preview: rebuilds update the search index of the one before instead of building it afresh. */
  readonly preview?: boolean;
}

/**
 * The Eleventy plugin: loads the content folder on every build (and every rebuild in a preview; pages
 * that did not change come from memory) and adds the site's pages as virtual templates. The CLI's
 * `build` does not use it: it checks the site first and hands Eleventy what it checked.
 */
export default function careersPlugin(eleventyConfig: EleventyConfig, pluginOptions: CareersPluginOptions): void {
  const options: CareersPluginOptions & LoadSiteOptions = { ...pluginOptions, contentDir: pluginOptions.contentDir ?? pluginOptions.content ?? 'content', settingsFile: pluginOptions.settingsFile ?? pluginOptions.settings, today: pluginOptions.today ?? buildDate(), pathPrefix: pluginOptions.pathPrefix };
  // Inside someone's own Eleventy site (`pathPrefix` given): our pages under that folder, checked first.
  const embedded = embeddedSite(pluginOptions);
  const loader = new SiteLoader();
  const searchIndex = new SearchIndexWorker({ incremental: options.preview === true });
  let lastReport = '';
  let check: (() => void) | undefined;
  addSiteTemplates(eleventyConfig, async (): Promise<SiteRender> => {
    const loaded = await loader.load(options);
    const site = embedded ? embedded.check(loaded) : loaded;
    check = () => {
      const { diagnostics, files } = site.check();
      const report = diagnostics.length > 0 ? formatText(diagnostics, files.length) : '';
      if (report !== lastReport) process.stderr.write(report || 'No content problems.\n');
      lastReport = report;
    };
    const [run] = planRender(site.model, { previousSite: options.previousSite, rolePagesPerRun: Number.POSITIVE_INFINITY, searchIndex }).runs;
    if (run === undefined) throw new Error('A plan for one Eleventy run has no run.');
    return run;
  }, embedded?.templates ?? {});
  eleventyConfig.on('eleventy.after', () => {
    // In preview, the site-wide checks run once the edited page is out, so the browser reloads first.
    const report = check;
    if (options.reportDiagnostics === true && report !== undefined) setImmediate(report);
  });
  eleventyConfig.addWatchTarget(options.contentDir);
  // Eleventy waits until a changed file has been still for 150 ms. A job page is saved in one write; a
  // file caught half-written is rebuilt again when the rest arrives. So the preview does not wait.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: false });
}
