import type { SiteModel } from '../src/site/site-model.ts';
import type { SiteUrls } from '../src/site/site-urls.ts';
import type { SafeHtml } from '../src/site/html.ts';

/** What every layout receives: the site model and URL helpers. */
export interface LayoutContext {
  readonly site: SiteModel;
  readonly urls: SiteUrls;
}

/** What a page hands the base layout: its own text for `<head>`, and its body. */
export interface PageShell {
  readonly title: string;
  readonly description: string;
  /** Site path of the page (for the canonical link). */
  readonly path: string;
  readonly content: SafeHtml;
  /** Extra elements for `<head>`, such as JSON-LD. */
  readonly head?: SafeHtml;
  readonly breadcrumbs?: readonly { readonly title: string; readonly path: string }[];
}
