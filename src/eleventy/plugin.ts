import { basePage } from '../../layouts/base.ts';
import { indexPage } from '../../layouts/index.ts';
import type { LayoutContext } from '../../layouts/page-data.ts';
import { rolePage } from '../../layouts/role.ts';
import { rolesJson } from '../../layouts/roles-json.ts';
import type { Role } from '../model/role.ts';
import { loadSite, type LoadSiteOptions } from '../site/load-site.ts';
import { siteUrls } from '../site/site-urls.ts';
import type { EleventyConfig } from './eleventy-config.ts';

export type CareersPluginOptions = LoadSiteOptions;

/**
 * The Eleventy plugin: the only code that touches Eleventy's API. Pages are virtual 11ty.js templates
 * rendered from the typed model, so no template engine ever runs over job-page text.
 */
export default function careersPlugin(eleventyConfig: EleventyConfig, options: CareersPluginOptions): void {
  // Loaded on every build (and rebuild in preview); unchanged pages come from the page cache.
  eleventyConfig.addGlobalData('careers', async (): Promise<LayoutContext> => {
    const { model } = await loadSite(options);
    return { site: model, urls: siteUrls(model.settings) };
  });

  eleventyConfig.addTemplate('role.11ty.js', {
    data: {
      pagination: { data: 'careers.site.roles', size: 1, alias: 'role' },
      permalink: (data: { role: Role }) => `${data.role.url}index.html`,
      eleventyExcludeFromCollections: true,
    },
    render: (data) => {
      const context = data['careers'] as LayoutContext;
      return basePage(rolePage(data['role'] as Role, context), context).value;
    },
  });
  eleventyConfig.addTemplate('index.11ty.js', {
    data: { permalink: '/index.html', eleventyExcludeFromCollections: true },
    render: (data) => {
      const context = data['careers'] as LayoutContext;
      return basePage(indexPage(context), context).value;
    },
  });
  eleventyConfig.addTemplate('roles-json.11ty.js', {
    data: { permalink: '/roles.json', eleventyExcludeFromCollections: true },
    render: (data) => rolesJson((data['careers'] as LayoutContext).site),
  });
  eleventyConfig.addPassthroughCopy({ 'layouts/assets': 'assets' });
  eleventyConfig.addWatchTarget(options.contentDir);
}

/** Plugin options from the environment the CLI sets (CAREERS_CONTENT, CAREERS_SETTINGS, SOURCE_DATE_EPOCH). */
export function optionsFromEnvironment(env: NodeJS.ProcessEnv, today: string): CareersPluginOptions {
  return { contentDir: env['CAREERS_CONTENT'] || 'content', settingsFile: env['CAREERS_SETTINGS'] || undefined, today };
}
