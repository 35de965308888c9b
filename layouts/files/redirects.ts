import type { SiteUrls } from '../../src/model/site-urls.ts';

/** `_redirects` (Netlify and GitLab Pages): one `/old/ /new/ 301` line per `redirect_from`, with the path prefix. */
export function redirectsFile(redirects: ReadonlyMap<string, string>, urls: SiteUrls): string {
  const lines = [...redirects].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, to]) => `${urls.href(from)} ${urls.href(to)} 301`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
