import type { SiteUrls } from '../src/model/site-urls.ts';
import type { Settings } from '../src/model/settings-schema.ts';
import { html, type SafeHtml } from './html.ts';
import type { RedirectPage } from './site-lookups.ts';

/**
 * The page left at an old address (`redirect_from`) for hosts that ignore `_redirects`: it sends
 * browsers on at once, tells search engines where the page lives now, and shows a link for everyone else.
 */
export function redirectPage({ to }: RedirectPage, settings: Settings, urls: SiteUrls): SafeHtml {
  const target = urls.href(to.url);
  return html`<!doctype html>
<html lang="${settings.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${to.title} · ${settings.name}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${urls.absoluteOrHref(to.url)}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now at <a href="${target}">${to.title}</a>.</p>
</main>
</body>
</html>
`;
}
