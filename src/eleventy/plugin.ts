import { basePage } from '../../layouts/base.ts';
import { departmentPage } from '../../layouts/department.ts';
import { indexPage } from '../../layouts/index.ts';
import { notFoundPage } from '../../layouts/not-found.ts';
import type { LayoutContext, PageShell } from '../../layouts/page-data.ts';
import { redirectPage } from '../../layouts/redirect.ts';
import { rolePageHtml } from '../../layouts/role.ts';
import { rolesJson } from '../../layouts/files/roles-json.ts';
import type { RedirectPage, SiteLookups } from '../../layouts/site-lookups.ts';
import type { Role } from '../model/role.ts';
import { atomFeed } from '../../layouts/files/atom-feed.ts';
import { jsonFeed } from '../../layouts/files/json-feed.ts';
import { redirectsFile } from '../../layouts/files/redirects.ts';
import { robotsTxt } from '../../layouts/files/robots.ts';
import { departmentPath, SITE_FILES } from '../model/site-paths.ts';
import { sitemapXml } from '../../layouts/files/sitemap.ts';
import { frontMatterJsonSchema, schemaText } from '../schema/json-schemas.ts';
import { formatText } from '../diagnostics/format.ts';
import { loadSiteModel, type LoadSiteOptions, type UncheckedSite } from '../build/load-site.ts';
import { searchIndexFor } from '../build/search-index.ts';
import type { DepartmentGroup, SiteModel } from '../model/site-model.ts';
import type { SiteUrls } from '../model/site-urls.ts';
import type { EleventyConfig } from './eleventy-config.ts';
import { packagePath } from '../package-root.ts';
import { splitRolePages } from '../build/unchanged-pages.ts';
import { rolePagePath } from '../model/site-paths.ts';
import { layoutContext } from '../../layouts/site-pages.ts';
import { takeHandedOverSite } from './handed-over-site.ts';

export interface CareersPluginOptions extends LoadSiteOptions {
  /** Print content problems on every (re)build: in preview there is no other place they show. */
  readonly reportDiagnostics?: boolean;
  /** The output folder, when it holds the last build (a preview rebuilding in place): role pages already there as they would be written are not rendered again. */
  readonly previousSite?: string | undefined;
  /** A preview: rebuilds update the search index of the one before instead of building it afresh. */
  readonly preview?: boolean;
}

/**
 * The global data `careers`: what layouts receive, and which role pages to render in this build. A class,
 * not a plain object, because Eleventy deep-copies plain objects in its data cascade: the model would be
 * copied (a tenth of a warm build at 1 000 roles) and layouts would see copies instead of the model.
 */
class CareersData implements LayoutContext {
  constructor(
    readonly site: SiteModel,
    readonly urls: SiteUrls,
    readonly lookups: SiteLookups,
    readonly rolesToRender: readonly Role[],
  ) {}
}

type Data = Record<string, unknown>;
const careers = (data: Data): CareersData => data['careers'] as CareersData;

/**
 * The Eleventy plugin: the only code that touches Eleventy's API. Pages are virtual 11ty.js templates
 * rendered from the typed model, so no template engine ever runs over job-page text.
 */
export default function careersPlugin(eleventyConfig: EleventyConfig, options: CareersPluginOptions): void {
  // Loaded on every build (and rebuild in preview); unchanged pages come from the page cache. The
  // lookups (departments by id, filter facets, redirects) are built here once, not once per page.
  let lastReport = '';
  let loaded: UncheckedSite | undefined;
  // The CLI's build hands over the checked site and the role pages this run renders (it has compared
  // them with the last site itself); otherwise (a preview, or Eleventy run on its own) the content is
  // loaded here, the role pages compared here, and the whole site written in one run.
  let handedOver = takeHandedOverSite();
  const sitePages = handedOver?.pass.sitePages ?? true;
  eleventyConfig.addGlobalData('careers', async (): Promise<CareersData> => {
    loaded = handedOver?.site ?? (await loadSiteModel(options));
    const pass = handedOver?.pass;
    handedOver = undefined;
    const model = loaded.model;
    const context = layoutContext(model);
    // Indexed on another thread while this one compares and renders pages.
    if (sitePages) void searchIndexFor(model, { incremental: options.preview === true }).catch(() => {});
    const roles = pass?.roles ?? splitRolePages(model.roles, (role) => rolePageHtml(role, context), options.previousSite).toRender;
    return new CareersData(context.site, context.urls, context.lookups, roles);
  });
  eleventyConfig.on('eleventy.after', async () => {
    // In preview, the site-wide checks run once the edited page is out, so the browser reloads first.
    const site = loaded;
    if (options.reportDiagnostics === true && site !== undefined) {
      setImmediate(() => {
        const { diagnostics, files } = site.check();
        const report = diagnostics.length > 0 ? formatText(diagnostics, files.length) : '';
        if (report !== lastReport) process.stderr.write(report || 'No content problems.\n');
        lastReport = report;
      });
    }
  });

  eleventyConfig.addTemplate('role.11ty.js', {
    data: {
      pagination: { data: 'careers.rolesToRender', size: 1, alias: 'role' },
      permalink: (data: { role: Role }) => rolePagePath(data.role),
      eleventyExcludeFromCollections: true,
    },
    render: (d) => rolePageHtml(d['role'] as Role, careers(d)),
  });
  eleventyConfig.addWatchTarget(options.contentDir);
  // Eleventy waits until a changed file has been still for 150 ms. A job page is saved in one write; a
  // file caught half-written is rebuilt again when the rest arrives. So the preview does not wait.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: false });
  // A later run of a build writes only its share of the role pages.
  if (!sitePages) return;

  const htmlPage = (name: string, data: Data, shell: (data: Data, context: LayoutContext) => PageShell): void => {
    eleventyConfig.addTemplate(name, {
      data: { ...data, eleventyExcludeFromCollections: true },
      render: (d) => basePage(shell(d, careers(d)), careers(d)).value,
    });
  };
  htmlPage('department.11ty.js', {
    pagination: { data: 'careers.site.departments', size: 1, alias: 'group' },
    permalink: (data: { group: DepartmentGroup }) => `${departmentPath(data.group.department.id)}index.html`,
  }, (d, context) => departmentPage(d['group'] as DepartmentGroup, context));
  htmlPage('index.11ty.js', { permalink: '/index.html' }, (_d, context) => indexPage(context));
  htmlPage('404.11ty.js', { permalink: SITE_FILES.notFound }, (_d, context) => notFoundPage(context));

  eleventyConfig.addTemplate('redirect.11ty.js', {
    data: {
      pagination: { data: 'careers.lookups.redirects', size: 1, alias: 'redirect' },
      permalink: (data: { redirect: RedirectPage }) => `${data.redirect.from}index.html`,
      eleventyExcludeFromCollections: true,
    },
    render: (d) => redirectPage(d['redirect'] as RedirectPage, careers(d).site.settings, careers(d).urls).value,
  });

  const file = (name: string, permalink: string, render: (context: LayoutContext) => string | Promise<string>): void => {
    eleventyConfig.addTemplate(name, { data: { permalink, eleventyExcludeFromCollections: true }, render: (d) => render(careers(d)) });
  };
  file('roles-json.11ty.js', SITE_FILES.rolesJson, ({ site }) => rolesJson(site));
  file('search-index.11ty.js', SITE_FILES.searchIndex, ({ site }) => searchIndexFor(site, { incremental: options.preview === true }));
  file('atom-feed.11ty.js', SITE_FILES.atomFeed, ({ site, urls }) => atomFeed(site, urls));
  file('json-feed.11ty.js', SITE_FILES.jsonFeed, ({ site, urls }) => jsonFeed(site, urls));
  file('sitemap.11ty.js', SITE_FILES.sitemap, ({ site, urls }) => sitemapXml(site, urls));
  file('robots.11ty.js', SITE_FILES.robots, ({ urls }) => robotsTxt(urls));
  file('redirects.11ty.js', SITE_FILES.redirects, ({ site, urls }) => redirectsFile(site.redirects, urls));
  // Published so editors can point their YAML tooling at the site's own copy of the schema.
  file('front-matter-schema.11ty.js', SITE_FILES.frontMatterSchema, () => schemaText(frontMatterJsonSchema()));

  // Absolute source paths: Eleventy reads relative ones from the working directory, which may be any.
  eleventyConfig.addPassthroughCopy({ [packagePath('layouts/assets')]: 'assets' });
  // MiniSearch's ES module build, loaded by search.js only when someone searches.
  eleventyConfig.addPassthroughCopy({ [packagePath('node_modules/minisearch/dist/es/index.js')]: SITE_FILES.minisearch.slice(1) });
}

/** Plugin options from the environment the CLI sets (CAREERS_CONTENT, CAREERS_SETTINGS, CAREERS_REPORT, CAREERS_PREVIEW, CAREERS_PREVIOUS_SITE, SOURCE_DATE_EPOCH). */
export function optionsFromEnvironment(env: NodeJS.ProcessEnv, today: string): CareersPluginOptions {
  return {
    contentDir: env['CAREERS_CONTENT'] || 'content',
    settingsFile: env['CAREERS_SETTINGS'] || undefined,
    today,
    reportDiagnostics: env['CAREERS_REPORT'] === '1',
    preview: env['CAREERS_PREVIEW'] === '1',
    previousSite: env['CAREERS_PREVIOUS_SITE'] || undefined,
  };
}
