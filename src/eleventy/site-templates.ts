import { fileURLToPath } from 'node:url';
import type { LayoutContext } from '../../layouts/page-data.ts';
import { listingPages, redirectPages, rolePages, siteFiles, type SiteFile, type SitePage } from '../../layouts/site-pages.ts';
import type { SiteRender } from '../build/site-render.ts';
import { SITE_FILES } from '../model/site-paths.ts';
import type { PublishedFile } from '../model/user-sources.ts';
import { packagePath } from '../package-root.ts';
import type { EleventyConfig } from './eleventy-config.ts';
import { copyPublishedFiles } from './published-files.ts';

/**
 * The global data `careers`: the pages and files this run writes. A class, not a plain object, because
 * Eleventy deep-copies plain objects in its data cascade: the model would be copied (a tenth of a warm
 * build at 1 000 roles) and layouts would see copies instead of the model.
 */
class CareersData {
  readonly pages: readonly SitePage[];
  readonly files: readonly SiteFile[];
  /** Written only by the run that writes the rest of the site. */
  readonly searchIndex: Promise<string> | undefined;
  constructor(context: LayoutContext, render: SiteRender, skipFiles: readonly string[]) {
    const roles = rolePages(context, render.roles);
    this.pages = render.sitePages ? [...roles, ...listingPages(context), ...redirectPages(context)] : roles;
    this.files = render.sitePages ? siteFiles(context).filter((file) => !skipFiles.includes(file.file)) : [];
    this.searchIndex = render.sitePages ? render.searchIndex : undefined;
  }
}

type Data = Record<string, unknown>;
const careers = (data: Data): CareersData => data['careers'] as CareersData;

export interface SiteTemplateOptions {
  /** Copy our stylesheet, scripts and icon (the run that writes the rest of the site). */
  readonly assets?: boolean;
  /** Folder of the output the site is written under, such as `careers/` inside an existing Eleventy site; none by default. */
  readonly outputPrefix?: string;
  /** Site files not to write, such as `/robots.txt` and `/sitemap.xml`, which belong to a host's root site. */
  readonly skipFiles?: readonly string[];
}

/**
 * Adds the site's pages to Eleventy as virtual 11ty.js templates rendered from the typed model, so no
 * template engine ever runs over job-page text. `render` gives what this run writes; it is called once
 * per build (and per rebuild in a preview).
 */
export function addSiteTemplates(eleventyConfig: EleventyConfig, render: () => Promise<SiteRender>, { assets = true, outputPrefix = '', skipFiles = [] }: SiteTemplateOptions = {}): void {
  const at = (file: string): string => `/${outputPrefix}${file.replace(/^\//, '')}`;
  // The site's brand files and the files its pages link to, known once the site is loaded, are copied when Eleventy has written the rest.
  let published: readonly PublishedFile[] = [];
  eleventyConfig.addGlobalData('careers', async (): Promise<CareersData> => {
    const run = await render();
    published = run.sitePages ? [...(run.context.site.sources?.files ?? []), ...(run.context.site.assets ?? []).filter((asset) => asset.unpublished !== true)] : [];
    return new CareersData(run.context, run, skipFiles);
  });
  eleventyConfig.on('eleventy.after', (event) => copyPublishedFiles(event, published.map((file) => ({ ...file, file: at(file.file) }))));
  eleventyConfig.addTemplate('careers-page.11ty.js', {
    data: {
      pagination: { data: 'careers.pages', size: 1, alias: 'careersPage' },
      permalink: (data: Data) => at((data['careersPage'] as SitePage).file),
      eleventyExcludeFromCollections: true,
    },
    render: (data) => (data['careersPage'] as SitePage).render(),
  });
  eleventyConfig.addTemplate('careers-file.11ty.js', {
    data: {
      pagination: { data: 'careers.files', size: 1, alias: 'careersFile' },
      permalink: (data: Data) => at((data['careersFile'] as SiteFile).file),
      eleventyExcludeFromCollections: true,
    },
    render: (data) => (data['careersFile'] as SiteFile).render(),
  });
  eleventyConfig.addTemplate('careers-search-index.11ty.js', {
    data: { permalink: (data: Data) => (careers(data).searchIndex === undefined ? false : at(SITE_FILES.searchIndex)), eleventyExcludeFromCollections: true },
    render: (data) => careers(data).searchIndex ?? '',
  });
  if (!assets) return;
  // Absolute source paths: Eleventy reads relative ones from the working directory, which may be any.
  eleventyConfig.addPassthroughCopy({ [packagePath('layouts/assets')]: `${outputPrefix}assets` });
  // MiniSearch's ES module build, loaded by search.js only when someone searches. Resolved as Node resolves
  // it: installed as a package, careers finds its dependencies beside it, not inside it.
  eleventyConfig.addPassthroughCopy({ [fileURLToPath(import.meta.resolve('minisearch'))]: at(SITE_FILES.minisearch).slice(1) });
}
