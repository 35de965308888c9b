import type { Settings } from './settings-schema.ts';

/** Turns site paths (`/engineering/x/`) into links that respect the configured path prefix and origin. */
export interface SiteUrls {
  /** Root-relative link with the path prefix: `/careers/engineering/x/`. */
  href(path: string): string;
  /**
   * Absolute URL on the configured origin: `https://jobs.example.com/careers/engineering/x/`; undefined
   * when the settings name no origin, since any host put here instead would be a guess.
   */
  absolute(path: string): string | undefined;
  /** The absolute URL, or without an origin the root-relative link: for feeds, whose readers resolve it against the feed's own address. */
  absoluteOrHref(path: string): string;
}

/** The URL helpers for a site's settings. */
export function siteUrls(settings: Pick<Settings, 'origin' | 'path_prefix'>): SiteUrls {
  const prefix = settings.path_prefix.replace(/\/$/, '');
  const href = (path: string): string => `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
  const origin = settings.origin;
  const absolute = (path: string): string | undefined => (origin === undefined ? undefined : `${origin}${href(path)}`);
  return { href, absolute, absoluteOrHref: (path) => absolute(path) ?? href(path) };
}
