import { basePage } from './base.ts';
import { departmentPage } from './department.ts';
import { indexPage } from './index.ts';
import { notFoundPage } from './not-found.ts';
import type { LayoutContext } from './page-data.ts';
import { redirectPage } from './redirect.ts';
import { rolePage } from './role.ts';
import { siteLookups } from './site-lookups.ts';
import { SITE_FILES } from '../src/model/site-paths.ts';
import type { SiteModel } from '../src/model/site-model.ts';
import { siteUrls } from '../src/model/site-urls.ts';

/** One page as the layouts render it. */
export interface RenderedPage {
  /** Site path of the page. */
  readonly path: string;
  readonly html: string;
}

/** The context the Eleventy plugin hands layouts, built the same way. */
export function layoutContext(site: SiteModel): LayoutContext {
  return { site, urls: siteUrls(site.settings), lookups: siteLookups(site) };
}

/**
 * The listing pages (index, departments, 404) exactly as built. Their ids come from the HTML itself, so
 * a `/#dept-x` link is checked against what the layout really writes. Add new page layouts here.
 */
export function renderListingPages(context: LayoutContext): RenderedPage[] {
  const pages = [indexPage(context), ...context.site.departments.map((group) => departmentPage(group, context)), notFoundPage(context)];
  return pages.map((page) => ({ path: page.path ?? SITE_FILES.notFound, html: basePage(page, context).value }));
}

/**
 * Every role page as built but without its Markdown body, whose links are checked at their source
 * lines instead: what is left comes from the layouts. A generator, so 4 000 pages are never all held.
 */
export function* renderRoleLayouts(context: LayoutContext): Generator<RenderedPage> {
  for (const role of context.site.roles) {
    yield { path: role.url, html: basePage(rolePage({ ...role, html: '' }, context), context).value };
  }
}

/** The pages left at old addresses (`redirect_from`); their links are checked, but they are not pages to link to. */
export function* renderRedirectPages(context: LayoutContext): Generator<RenderedPage> {
  for (const redirect of context.lookups.redirects) {
    yield { path: redirect.from, html: redirectPage(redirect, context.site.settings, context.urls).value };
  }
}
