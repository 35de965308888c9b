import { MAIN_ID } from '../src/model/page-ids.ts';
import { html, type SafeHtml } from './html.ts';
import { SITE_FILES } from '../src/model/site-paths.ts';
import type { LayoutContext, PageShell } from './page-data.ts';
import { brandHead, logoSource } from './brand.ts';
import { uiText } from './ui-strings.ts';

/** The shell around every page: head with canonical and Open Graph tags, skip link, header, breadcrumbs, main, footer. */
export function basePage(page: PageShell, { site, urls }: LayoutContext): SafeHtml {
  const settings = site.settings;
  const organization = settings.organization;
  const title = page.path === '/' ? settings.name : `${page.title} · ${settings.name}`;
  // Without an origin there is no canonical URL to give: a relative one would be a guess about the host.
  const canonical = page.path === undefined ? undefined : urls.absolute(page.path);
  const logo = logoSource(settings.brand, organization?.logo, urls);
  return html`<!doctype html>
<html lang="${settings.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${page.description}">
${page.noindex ? html`<meta name="robots" content="noindex">\n` : null}${canonical ? html`<link rel="canonical" href="${canonical}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${settings.name}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${canonical}">
` : null}<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${urls.href(SITE_FILES.stylesheet)}">
<link rel="alternate" type="application/atom+xml" title="Open positions (Atom)" href="${urls.href(SITE_FILES.atomFeed)}">
<link rel="alternate" type="application/feed+json" title="Open positions (JSON Feed)" href="${urls.href(SITE_FILES.jsonFeed)}">
${brandHead(settings.brand, urls)}${page.script ? html`<script type="module" src="${urls.href(page.script)}"></script>\n` : null}${page.head ?? null}
</head>
<body>
<a class="skip-link" href="#${MAIN_ID}">${uiText(settings, 'skip_to_content')}</a>
<header class="site-header"><a class="site-name" href="${urls.href('/')}">${logo ? html`<img class="logo" src="${logo}" alt="">` : null}${settings.name}</a></header>
${page.breadcrumbs && page.breadcrumbs.length > 0
  ? html`<nav class="breadcrumbs" aria-label="${uiText(settings, 'breadcrumb')}"><ol>${page.breadcrumbs.map((b) => html`<li><a href="${urls.href(b.path)}">${b.title}</a></li>`)}<li aria-current="page">${page.title}</li></ol></nav>\n`
  : null}<main id="${MAIN_ID}" tabindex="-1">
${page.content}
</main>
<footer class="site-footer">
<p>${organization?.url ? html`<a href="${organization.url}">${organization.name}</a>` : organization?.name ?? settings.name}</p>
<ul class="footer-links"><li><a href="${urls.href(SITE_FILES.atomFeed)}">${uiText(settings, 'feed_atom')}</a></li><li><a href="${urls.href(SITE_FILES.jsonFeed)}">JSON Feed</a></li><li><a href="${urls.href(SITE_FILES.rolesJson)}">roles.json</a></li></ul>
</footer>
</body>
</html>
`;
}
