import type { SiteUrls } from '../../src/model/site-urls.ts';
import { SITE_FILES } from '../../src/model/site-paths.ts';

/**
 * `robots.txt`: everything may be crawled; the sitemap is named by its absolute URL. Crawlers read
 * robots.txt only at the root of a host, so with a `path_prefix` the host's own file must point here.
 */
export function robotsTxt(urls: SiteUrls): string {
  const sitemap = urls.absolute(SITE_FILES.sitemap);
  // The Sitemap line must be an absolute URL; without an origin there is none to give.
  return `User-agent: *\nDisallow:\n${sitemap === undefined ? '' : `\nSitemap: ${sitemap}\n`}`;
}
