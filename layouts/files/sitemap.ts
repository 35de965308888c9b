import type { SiteModel } from '../../src/model/site-model.ts';
import type { SiteUrls } from '../../src/model/site-urls.ts';
import { escapeHtml as escapeXml } from '../html.ts';
import { listingPaths } from '../../src/model/site-paths.ts';

/**
 * `sitemap.xml`: the index, department pages and role pages. No `<lastmod>`: the content has no
 * trustworthy modification date, and the build time would be a false one.
 */
export function sitemapXml(site: SiteModel, urls: SiteUrls): string {
  const paths = [...listingPaths(site), ...site.roles.map((role) => role.url)];
  const unique = [...new Set(paths)];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    // A sitemap lists absolute URLs only; without an origin it lists none rather than guess a host.
    ...unique.flatMap((path) => { const url = urls.absolute(path); return url === undefined ? [] : [`<url><loc>${escapeXml(url)}</loc></url>`]; }),
    '</urlset>',
    '',
  ].join('\n');
}
