import type { Settings } from './settings-schema.ts';

/** Turns site paths (`/engineering/x/`) into links that respect the configured path prefix and origin. */
export interface SiteUrls {
  /** Root-relative link with the path prefix: `/careers/engineering/x/`. */
  href(path: string): string;
  /** Absolute URL on the configured origin: `https://jobs.example.com/careers/engineering/x/`. */
  absolute(path: string): string;
}

export function siteUrls(settings: Pick<Settings, 'origin' | 'path_prefix'>): SiteUrls {
  const prefix = settings.path_prefix.replace(/\/$/, '');
  const href = (path: string): string => `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
  return { href, absolute: (path) => `${settings.origin}${href(path)}` };
}
