import type { DepartmentGroup } from '../src/model/site-model.ts';
import type { Role } from '../src/model/role.ts';
import type { Settings } from '../src/model/settings-schema.ts';
import type { SiteUrls } from '../src/model/site-urls.ts';
import { basePage } from './base.ts';
import { departmentPage } from './department.ts';
import { escapeHtml, html, SafeHtml, trusted } from './html.ts';
import { indexPage } from './index.ts';
import { notFoundPage } from './not-found.ts';
import type { LayoutContext, PageShell } from './page-data.ts';
import { redirectPage } from './redirect.ts';
import { rolePage } from './role.ts';
import type { RedirectPage } from './site-lookups.ts';
import { uiText } from './ui-strings.ts';

/** The page layouts, by the names a site's `layouts` folder replaces them with (see OVERRIDABLE_LAYOUTS). */
export interface Layouts {
  basePage(page: PageShell, context: LayoutContext): SafeHtml;
  indexPage(context: LayoutContext): PageShell;
  departmentPage(group: DepartmentGroup, context: LayoutContext): PageShell;
  notFoundPage(context: LayoutContext): PageShell;
  rolePage(role: Role, context: LayoutContext, options?: { readonly withBody?: boolean }): PageShell;
  redirectPage(redirect: RedirectPage, settings: Settings, urls: SiteUrls): SafeHtml;
}

/** Ours. */
export const OUR_LAYOUTS: Layouts = { basePage, indexPage, departmentPage, notFoundPage, rolePage, redirectPage };

/**
 * What a replacing layout receives as its context: ours, plus our layouts (to wrap rather than rewrite
 * one), the `html` template that escapes every value, and the site's UI texts.
 */
export interface OverrideContext extends LayoutContext {
  readonly ours: Layouts;
  readonly html: typeof html;
  readonly escapeHtml: typeof escapeHtml;
  readonly ui: (id: Parameters<typeof uiText>[1], values?: Parameters<typeof uiText>[2]) => string;
}

type Replacement = (...args: unknown[]) => unknown;

/**
 * The layouts a site renders with: ours, or its own where its `layouts` folder replaces them. What a
 * replacing layout returns is the site's own HTML: a string is taken as it is (the site's code escapes
 * what it inserts, as `context.html` does), since escaping it again would show its tags as text.
 */
export function siteLayouts(context: LayoutContext): Layouts {
  const own = (context.site.sources?.layouts ?? {}) as Readonly<Record<string, Replacement | undefined>>;
  if (Object.keys(own).length === 0) return OUR_LAYOUTS;
  const extended = (c: LayoutContext): OverrideContext => ({ ...c, ours: OUR_LAYOUTS, html, escapeHtml, ui: (id, values) => uiText(c.site.settings, id, values) });
  const page = <A extends unknown[]>(name: string, ours: (...args: A) => PageShell, contextAt: number) => (...args: A): PageShell => {
    const replacement = own[name];
    if (replacement === undefined) return ours(...args);
    const withContext = args.map((arg, i) => (i === contextAt ? extended(arg as LayoutContext) : arg));
    return shell(replacement(...withContext), name);
  };
  const markup = <A extends unknown[]>(name: string, ours: (...args: A) => SafeHtml, contextAt: number) => (...args: A): SafeHtml => {
    const replacement = own[name];
    if (replacement === undefined) return ours(...args);
    const withContext = args.map((arg, i) => (i === contextAt ? extended(arg as LayoutContext) : arg));
    return asHtml(replacement(...withContext), name);
  };
  return {
    basePage: markup('base', basePage, 1),
    indexPage: page('index', indexPage, 0),
    departmentPage: page('department', departmentPage, 1),
    notFoundPage: page('not-found', notFoundPage, 0),
    rolePage: page('role', rolePage, 1),
    redirectPage: markup('redirect', redirectPage, -1),
  };
}

function asHtml(value: unknown, name: string): SafeHtml {
  if (value instanceof SafeHtml) return value;
  if (typeof value === 'string') return trusted(value);
  if (value !== null && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return trusted(value.value);
  throw new TypeError(`The layout ${name}.js returned ${value === null ? 'null' : typeof value}, not HTML (a string, or the result of context.html).`);
}

function shell(value: unknown, name: string): PageShell {
  if (value === null || typeof value !== 'object' || !('title' in value) || !('content' in value)) {
    throw new TypeError(`The layout ${name}.js returned no page: it must return { title, description, path, content, … } as ours does.`);
  }
  const page = value as PageShell & { content: unknown; head?: unknown };
  return { ...page, content: asHtml(page.content, name), ...(page.head === undefined ? {} : { head: asHtml(page.head, name) }) };
}
