import { brandFilePath, DEFAULT_FAVICON, isUrl, type Brand } from '../src/model/brand-schema.ts';
import { textOn } from '../src/model/colour-contrast.ts';
import type { SiteUrls } from '../src/model/site-urls.ts';
import { html, trusted, type SafeHtml } from './html.ts';

/** Where the header's logo comes from: the brand's URL or copied file, else the organization's logo URL. */
export function logoSource(brand: Brand, organizationLogo: string | undefined, urls: SiteUrls): string | undefined {
  const logo = brand.logo;
  if (logo === undefined) return organizationLogo;
  return isUrl(logo) ? logo : urls.href(brandFilePath('logo', logo));
}

/**
 * What a brand adds to `<head>`: the favicon (ours by default), the brand colours as our stylesheet's
 * tokens, and the site's own stylesheet last, so that its rules win over ours.
 */
export function brandHead(brand: Brand, urls: SiteUrls): SafeHtml {
  const favicon = urls.href(brand.favicon === undefined ? DEFAULT_FAVICON : brandFilePath('favicon', brand.favicon));
  return html`<link rel="icon" href="${favicon}"${brand.favicon === undefined || brand.favicon.endsWith('.svg') ? html` type="image/svg+xml"` : null}>
${colourStyle(brand)}${brand.stylesheet === undefined ? null : html`<link rel="stylesheet" href="${urls.href(brandFilePath('stylesheet', brand.stylesheet))}">\n`}`;
}

// The colours are checked against `#rgb`/`#rrggbb` by the settings schema, so they cannot end the rule.
function colourStyle(brand: Brand): SafeHtml | null {
  const light = tokens(brand.color, brand.accent);
  const dark = tokens(brand.dark?.color ?? brand.color, brand.dark?.accent ?? brand.accent);
  if (light === '' && dark === '') return null;
  return trusted(`<style>:root{${light}}@media (prefers-color-scheme: dark){:root{${dark}}}</style>\n`);
}

function tokens(color: string | undefined, accent: string | undefined): string {
  return [
    ...(color === undefined ? [] : [`--accent:${color}`, `--accent-text:${textOn(color)}`]),
    ...(accent === undefined ? [] : [`--brand-accent:${accent}`]),
  ].join(';');
}
