import type { LoadedSite } from '../build/load-site.ts';
import { hasFailures } from '../diagnostics/diagnostic.ts';
import { formatText } from '../diagnostics/format.ts';
import { SITE_FILES } from '../model/site-paths.ts';
import type { SiteTemplateOptions } from './site-templates.ts';

/** How the plugin is given in someone's own Eleventy config: `addPlugin(careers, { content: "jobs", pathPrefix: "/careers/" })`. */
export interface EmbedOptions {
  /** The folder of job pages (the same as `contentDir`). */
  readonly content?: string;
  /** The settings file (the same as `settingsFile`). */
  readonly settings?: string;
  /** Where the careers pages live in the host site, such as "/careers/": they are written there, and link there. */
  readonly pathPrefix?: string | undefined;
  /** Write `sitemap.xml` and `robots.txt` (under the prefix) too; off, since a host site has its own. */
  readonly sitemap?: boolean;
}

const PREFIX = /^\/([A-Za-z0-9._~-]+\/)+$/;

/**
 * The careers site as part of a host's Eleventy site: written into the `pathPrefix` folder of the
 * output (so the host's own /index.html and /404.html stay its own), with every link under it, and
 * checked like `careers build` checks it: problems are printed and errors stop the host's build.
 */
export function embeddedSite(options: EmbedOptions): { templates: SiteTemplateOptions; check(site: LoadedSite): LoadedSite } | undefined {
  const prefix = options.pathPrefix;
  if (prefix === undefined) return undefined;
  // A bad option in the host's own config file is a mistake in code, not in content: it stops at once.
  if (!PREFIX.test(prefix)) throw new TypeError(`careers: pathPrefix must start and end with "/" and name a folder, such as "/careers/", not ${JSON.stringify(prefix)}.`);
  return {
    templates: { outputPrefix: prefix.slice(1), skipFiles: options.sitemap === true ? [] : [SITE_FILES.sitemap, SITE_FILES.robots] },
    check(loaded) {
      const { diagnostics, files } = loaded.check();
      if (diagnostics.length > 0) process.stderr.write(formatText(diagnostics, files.length));
      if (hasFailures(diagnostics)) throw new Error('careers: the job pages have errors (listed above); the site was not built.');
      return loaded;
    },
  };
}
