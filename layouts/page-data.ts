import type { SiteModel } from '../src/model/site-model.ts';
import type { SiteUrls } from '../src/model/site-urls.ts';
import type { SafeHtml } from './html.ts';
import type { SiteLookups } from './site-lookups.ts';

/** What every layout receives: the site model, URL helpers and lookups built once per site. */
export interface LayoutContext {
  readonly site: SiteModel;
  readonly urls: SiteUrls;
  readonly lookups: SiteLookups;
}

/** A link in the breadcrumb trail. */
export interface Crumb {
  readonly title: string;
  readonly path: string;
}

/** What a page hands the base layout: its own text for `<head>`, and its body. */
export interface PageShell {
  readonly title: string;
  readonly description: string;
  /** Site path of the page (for the canonical link); undefined for pages that have no address of their own (404). */
  readonly path: string | undefined;
  readonly content: SafeHtml;
  /** Extra elements for `<head>`, such as JSON-LD. */
  readonly head?: SafeHtml;
  /** Trail above the page title; the current page is added at the end. */
  readonly breadcrumbs?: readonly Crumb[];
  /** Site path of a module script that enhances the page (loaded deferred, never render-blocking). */
  readonly script?: string;
  /** Ask search engines not to index the page (404). */
  readonly noindex?: boolean;
}
