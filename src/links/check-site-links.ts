import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { SITE_FILES } from '../model/site-paths.ts';
import { brandSitePaths } from '../model/brand-schema.ts';
import type { SiteModel } from '../model/site-model.ts';
import { ASSET_FILES, layoutContext, listingPages, redirectPages, rolePages, type SitePage } from '../../layouts/site-pages.ts';
import { checkContentLinks } from './check-content-links.ts';
import { scanHtml } from './html-scan.ts';
import { checkLayoutLinks, type ScannedPage } from './layout-links.ts';
import { buildLinkIndex, type BuiltExtras, type LinkIndex } from './link-index.ts';
import type { Role } from '../model/role.ts';

/** The site-wide link check: every internal link in the Markdown and in the layouts must land on a page and heading. */
export function checkSiteLinks(site: SiteModel, unpublished: readonly Role[] = []): Diagnostic[] {
  const { index, pages, extras } = indexSite(site);
  // A page not published for errors in its front matter still has its links checked, so one run reports
  // every problem; links to its own headings land, since it would be built once its front matter is fixed.
  const unpublishedLinks = unpublished.length === 0 ? [] : checkContentLinks(unpublished, buildLinkIndex({ ...site, roles: [...site.roles, ...unpublished] }, extras));
  return [...checkContentLinks(site.roles, index), ...unpublishedLinks, ...checkLayoutLinks(pages, index)];
}

/**
 * Renders every page's layout once (role pages without their Markdown bodies) and indexes the site as
 * built: role pages with their section ids, every id the layouts really write, listing and redirect
 * pages, other files.
 */
export function indexSite(site: SiteModel): { index: LinkIndex; pages: ScannedPage[]; extras: BuiltExtras } {
  const context = layoutContext(site);
  const scan = (page: SitePage): ScannedPage => ({ path: page.path, layout: page.layout, ...scanHtml(page.render()) });
  const pages = [...listingPages(context), ...rolePages(context, site.roles, { withBody: false }), ...redirectPages(context)].map(scan);
  const extras: BuiltExtras = {
    files: [...Object.values(SITE_FILES), ...ASSET_FILES, ...brandSitePaths(site.settings.brand)],
    // A redirect page stands at an old URL; a link there is reported as redirected, not taken as a page.
    pages: new Map(pages.filter((page) => !site.redirects.has(page.path)).map((page) => [page.path, page.ids])),
  };
  return { index: buildLinkIndex(site, extras), pages, extras };
}
