import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { SITE_FILES } from '../model/site-paths.ts';
import type { SiteModel } from '../model/site-model.ts';
import { checkContentLinks } from './check-content-links.ts';
import { scanHtml } from './html-scan.ts';
import { checkLayoutLinks, type ScannedPage } from './layout-links.ts';
import { layoutContext, renderListingPages, renderRedirectPages, renderRoleLayouts } from '../../layouts/site-pages.ts';
import { LAYOUTS_DIR } from './layout-source.ts';
import { buildLinkIndex, type LinkIndex } from './link-index.ts';

/** The site-wide link check: every internal link in the Markdown and in the layouts must land on a page and heading. */
export function checkSiteLinks(site: SiteModel): Diagnostic[] {
  const { index, pages } = indexSite(site);
  return [...checkContentLinks(site.roles, index), ...checkLayoutLinks(pages, index)];
}

/**
 * Renders every page's layout once (without the Markdown bodies) and indexes the site as built: role
 * pages with their section ids, every id the layouts really write, listing and redirect pages, other files.
 */
export function indexSite(site: SiteModel): { index: LinkIndex; pages: ScannedPage[] } {
  const context = layoutContext(site);
  const pages: ScannedPage[] = [];
  for (const part of [renderListingPages(context), renderRoleLayouts(context), renderRedirectPages(context)]) {
    for (const page of part) pages.push({ path: page.path, ...scanHtml(page.html) });
  }
  const index = buildLinkIndex(site, {
    files: [...Object.values(SITE_FILES), ...assetFiles()],
    // A redirect page stands at an old URL; a link there is reported as redirected, not taken as a page.
    pages: new Map(pages.filter((page) => !site.redirects.has(page.path)).map((page) => [page.path, page.ids])),
  });
  return { index, pages };
}

/** Files copied from `layouts/assets` to `/assets/` (read once per process). */
function assetFiles(): readonly string[] {
  if (assets === undefined) {
    try {
      const dir = join(LAYOUTS_DIR, 'assets');
      assets = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => `/assets/${join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/')}`);
    } catch {
      assets = [];
    }
  }
  return assets;
}

let assets: readonly string[] | undefined;
