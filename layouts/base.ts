import { html, type SafeHtml } from '../src/site/html.ts';
import type { LayoutContext, PageShell } from './page-data.ts';

/** The shell around every page: head with canonical and Open Graph tags, skip link, header, main, footer. */
export function basePage(page: PageShell, { site, urls }: LayoutContext): SafeHtml {
  const settings = site.settings;
  const title = page.path === '/' ? settings.name : `${page.title} · ${settings.name}`;
  return html`<!doctype html>
<html lang="${settings.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${urls.absolute(page.path)}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${settings.name}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${urls.absolute(page.path)}">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${urls.href('/assets/site.css')}">
${page.head}
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a class="site-name" href="${urls.href('/')}">${settings.name}</a></header>
${page.breadcrumbs && page.breadcrumbs.length > 0
  ? html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${page.breadcrumbs.map((b) => html`<li><a href="${urls.href(b.path)}">${b.title}</a></li>`)}<li aria-current="page">${page.title}</li></ol></nav>`
  : null}
<main id="main" tabindex="-1">
${page.content}
</main>
<footer class="site-footer"><p>${settings.organization?.name ?? settings.name} · <a href="${urls.href('/roles.json')}">roles.json</a></p></footer>
</body>
</html>
`;
}
