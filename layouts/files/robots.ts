import type { SiteUrls } from '../../src/model/site-urls.ts';
import { SITE_FILES } from '../../src/model/site-paths.ts';

/**
 * `robots.txt`: everything may be crawled; the sitemap is named by its absolute URL. Crawlers read
 * robots.txt only at the root of a host, so with a `path_prefix` the host's own file must point here.
 */
export function robotsTxt(urls: SiteUrls): string {
  return `User-agent: *\nDisallow:\n\nSitemap: ${urls.absolute(SITE_FILES.sitemap)}\n`;
}
