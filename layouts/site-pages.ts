import { frontMatterJsonSchema, schemaText } from '../src/schema/json-schemas.ts';
import type { Role } from '../src/model/role.ts';
import { departmentPath, JOB_ARCHITECTURE_PATH, rolePagePath, SITE_FILES } from '../src/model/site-paths.ts';
import { DEFAULT_FAVICON } from '../src/model/brand-schema.ts';
import type { SiteModel } from '../src/model/site-model.ts';
import { siteUrls } from '../src/model/site-urls.ts';
import type { basePage } from './base.ts';
import { atomFeed } from './files/atom-feed.ts';
import { jsonFeed } from './files/json-feed.ts';
import { redirectsFile } from './files/redirects.ts';
import { robotsTxt } from './files/robots.ts';
import { rolesJson } from './files/roles-json.ts';
import { sitemapXml } from './files/sitemap.ts';
import type { LayoutContext } from './page-data.ts';
import { siteLookups } from './site-lookups.ts';
import { siteLayouts } from './layout-set.ts';
import { jobArchitecturePage } from './job-architecture.ts';

/** The file of each page layout, relative to the package: where a broken link a layout writes is reported. */
export const LAYOUT_FILES = {
  index: 'layouts/index.ts',
  department: 'layouts/department.ts',
  notFound: 'layouts/not-found.ts',
  role: 'layouts/role.ts',
  redirect: 'layouts/redirect.ts',
  jobArchitecture: 'layouts/job-architecture.ts',
} as const;

export type LayoutName = keyof typeof LAYOUT_FILES;

/** The files `layouts/assets/` holds, copied to `/assets/`, and MiniSearch's browser build beside them. */
export const ASSET_FILES: readonly string[] = [SITE_FILES.stylesheet, SITE_FILES.searchScript, SITE_FILES.minisearch, DEFAULT_FAVICON];

/** One HTML page of the site as the layouts render it. */
export interface SitePage {
  /** Site path of the page (`/404.html` for the page that has no address of its own). */
  readonly path: string;
  /** Where the page is written, relative to the site folder. */
  readonly file: string;
  /** The layout that renders it. */
  readonly layout: LayoutName;
  render(): string;
}

/** A file of the site that is not an HTML page: feeds, sitemap, `roles.json`… */
export interface SiteFile {
  /** Where it is written, relative to the site folder (a site path). */
  readonly file: string;
  render(): string;
}

/** What every layout of one site receives: the model, its URL helpers and the lookups built once. */
export function layoutContext(site: SiteModel): LayoutContext {
  return { site, urls: siteUrls(site.settings), lookups: siteLookups(site) };
}

/** The listing pages: the index, one page per department, the not-found page and the job architecture. Add new page layouts here. */
export function listingPages(context: LayoutContext): SitePage[] {
  // The one place pages are rendered: a site's own layouts (its `layouts` folder) replace ours here.
  const layouts = siteLayouts(context);
  const shell = (layout: LayoutName, path: string, file: string, page: () => Parameters<typeof basePage>[0]): SitePage => ({
    path, file, layout, render: () => layouts.basePage(page(), context).value,
  });
  return [
    shell('index', '/', '/index.html', () => layouts.indexPage(context)),
    ...context.site.departments.map((group) => {
      const path = departmentPath(group.department.id);
      return shell('department', path, `${path}index.html`, () => layouts.departmentPage(group, context));
    }),
    shell('notFound', SITE_FILES.notFound, SITE_FILES.notFound, () => layouts.notFoundPage(context)),
    shell('jobArchitecture', JOB_ARCHITECTURE_PATH, `${JOB_ARCHITECTURE_PATH}index.html`, () => jobArchitecturePage(context)),
  ];
}

/**
 * The role page of each role. `withBody: false` leaves the Markdown body out, as the link check wants
 * it: the body's links are checked at their source lines, and what is left is what the layout writes.
 */
export function rolePages(context: LayoutContext, roles: readonly Role[] = context.site.roles, { withBody = true } = {}): SitePage[] {
  const layouts = siteLayouts(context);
  return roles.map((role) => ({
    path: role.url,
    file: rolePagePath(role),
    layout: 'role',
    render: () => layouts.basePage(layouts.rolePage(role, context, { withBody }), context).value,
  }));
}

/** The pages left at old addresses (`redirect_from`): links are checked on them, but they are no pages to link to. */
export function redirectPages(context: LayoutContext): SitePage[] {
  const layouts = siteLayouts(context);
  return context.lookups.redirects.map((redirect) => ({
    path: redirect.from,
    file: `${redirect.from}index.html`,
    layout: 'redirect',
    render: () => layouts.redirectPage(redirect, context.site.settings, context.urls).value,
  }));
}

/** Every file of the site that is not an HTML page, except the search index (built on another thread). */
export function siteFiles({ site, urls }: LayoutContext): SiteFile[] {
  return [
    { file: SITE_FILES.rolesJson, render: () => rolesJson(site) },
    { file: SITE_FILES.atomFeed, render: () => atomFeed(site, urls) },
    { file: SITE_FILES.jsonFeed, render: () => jsonFeed(site, urls) },
    { file: SITE_FILES.sitemap, render: () => sitemapXml(site, urls) },
    { file: SITE_FILES.robots, render: () => robotsTxt(urls) },
    { file: SITE_FILES.redirects, render: () => redirectsFile(site.redirects, urls) },
    // Published so editors can point their YAML tooling at the site's own copy of the schema.
    { file: SITE_FILES.frontMatterSchema, render: () => schemaText(frontMatterJsonSchema()) },
  ];
}
