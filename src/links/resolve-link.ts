import { contentFileLink } from '../model/content-links.ts';
import type { Settings } from '../model/settings-schema.ts';

/** Where the site is published: links to this origin under this prefix are links into the site. */
export type LinkSite = Pick<Settings, 'origin' | 'path_prefix'>;

// Links are resolved against a host even when the settings name none; `.invalid` can never be a real one (RFC 6761).
export const UNPUBLISHED_ORIGIN = 'http://site.invalid';

/** The page a link is written on. */
export interface LinkFrom {
  /** Site path of the page (without the path prefix), such as `/engineering/backend-engineer/`. */
  readonly url: string;
  /** The page's content file relative to the content folder; `.md` links are resolved against it. */
  readonly sourceInContent?: string | undefined;
}

/** What a link target means once resolved against its page and the site's origin. */
export type ResolvedLink =
  /** `mailto:`, `tel:` and other schemes that are not web pages. */
  | { readonly kind: 'ignored' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'malformed'; readonly reason: string }
  /** `javascript:` and friends, which the sanitiser removes. */
  | { readonly kind: 'unsafe'; readonly scheme: string }
  /** A URL on another host, or on this host outside the path prefix; without its fragment. */
  | { readonly kind: 'external'; readonly url: string }
  /** A path under the site's prefix (given without the prefix); it may still lie outside what the site builds. */
  | { readonly kind: 'site'; readonly path: string; readonly fragment: string | undefined; readonly absolute: string }
  /** A link to a content file (`../x.md`, or an image beside the page), given relative to the content folder. */
  | { readonly kind: 'content-file'; readonly file: string; readonly fragment: string | undefined };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** Schemes that run code or embed content; the sanitiser drops them, so the link silently does nothing. */
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/** Resolves a link as a browser would on the built page, and says whether it stays on the site. */
export function resolveLink(href: string, from: LinkFrom, site: LinkSite): ResolvedLink {
  // Browsers drop tabs and newlines anywhere in a URL, so `java\nscript:` is still a script link.
  const target = href.trim().replace(/[\t\n\r]/g, '');
  if (target === '') return { kind: 'empty' };
  const scheme = SCHEME.exec(target)?.[1]?.toLowerCase();
  if (scheme !== undefined && UNSAFE_SCHEMES.has(scheme)) return { kind: 'unsafe', scheme };
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { kind: 'ignored' };
  const file = scheme === undefined && from.sourceInContent !== undefined ? contentFileLink(target, from.sourceInContent) : undefined;
  if (file !== undefined) return { kind: 'content-file', file: file.file, fragment: fragmentOf(new URL(`http://content.invalid/${file.rest}`), target) };
  const quick = plainSiteLink(target, from, site);
  if (quick) return quick;
  let url: URL;
  try {
    url = new URL(target, `${site.origin ?? UNPUBLISHED_ORIGIN}${site.path_prefix}${from.url.replace(/^\//, '')}`);
  } catch {
    return { kind: 'malformed', reason: 'it is not a valid URL' };
  }
  const fragment = fragmentOf(url, target);
  url.hash = '';
  if (url.origin !== (site.origin ?? UNPUBLISHED_ORIGIN)) return { kind: 'external', url: url.href };
  const pathname = url.pathname === site.path_prefix.replace(/\/$/, '') ? site.path_prefix : url.pathname;
  if (!pathname.startsWith(site.path_prefix)) return { kind: 'external', url: url.href };
  return { kind: 'site', path: normaliseSitePath(`/${decode(pathname.slice(site.path_prefix.length))}`), fragment, absolute: url.href };
}

/**
 * The form site paths are compared in: `/a/b` and `/a/b/index.html` both mean the page `/a/b/`;
 * a last segment with a dot (`/roles.json`) is a file and keeps its name.
 */
export function normaliseSitePath(path: string): string {
  const withoutIndex = path.replace(/\/index\.html$/i, '/');
  const last = withoutIndex.slice(withoutIndex.lastIndexOf('/') + 1);
  return last === '' || last.includes('.') ? withoutIndex : `${withoutIndex}/`;
}

// A root-relative path or a fragment of unreserved characters and no dot segments: what nearly every
// link is. The URL parser would return it unchanged, so it is read directly (the parser is the slow part).
const SEGMENT = '[A-Za-z0-9_~-][A-Za-z0-9._~-]*';
// Segments are separated by exactly one slash, so the pattern has one way to match and cannot backtrack.
const PLAIN = new RegExp(`^(/(?:${SEGMENT}(?:/${SEGMENT})*/?)?)?(?:#([A-Za-z0-9._~-]*))?$`);

function plainSiteLink(target: string, from: LinkFrom, site: LinkSite): ResolvedLink | undefined {
  const match = PLAIN.exec(target);
  if (!match) return undefined;
  const pathname = match[1] ?? `${site.path_prefix}${from.url.slice(1)}`;
  if (pathname.includes('/.') || !`${pathname}/`.startsWith(site.path_prefix)) return undefined;
  const path = normaliseSitePath(`/${pathname.slice(site.path_prefix.length)}`.replace(/^\/\//, '/'));
  return { kind: 'site', path, fragment: match[2], absolute: `${site.origin ?? UNPUBLISHED_ORIGIN}${pathname}` };
}

/** The decoded fragment; `''` for a bare `#` (the top of the page), undefined when there is none. */
function fragmentOf(url: URL, target: string): string | undefined {
  if (url.hash === '') return target.endsWith('#') ? '' : undefined;
  return decode(url.hash.slice(1));
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
