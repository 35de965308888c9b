import type { Opening, Role } from '../../src/model/role.ts';
import type { SiteModel } from '../../src/model/site-model.ts';
import { openingAnchor, openingTitle } from '../opening-text.ts';

/** One open position as a feed item. */
export interface FeedEntry {
  readonly role: Role;
  readonly opening: Opening;
  readonly title: string;
  /** Site path of the opening on its role page: `/sales/account-executive/#opening-ae-2026`. */
  readonly path: string;
  /** RFC 3339 time of posting: the content's `date_posted` at midnight UTC, never the build time. */
  readonly published: string;
}

/** Every open position, newest first; ties broken by page and id so the order never depends on the build. */
export function feedEntries(site: SiteModel): FeedEntry[] {
  const entries = site.roles.flatMap((role) => role.openings.map((opening): FeedEntry => ({
    role,
    opening,
    title: openingTitle(opening, role.title),
    path: `${role.url}#${openingAnchor(opening)}`,
    published: `${opening.date_posted}T00:00:00Z`,
  })));
  return entries.sort((a, b) => compare(b.opening.date_posted, a.opening.date_posted) || compare(a.role.url, b.role.url) || compare(a.opening.id, b.opening.id));
}

/**
 * When the feed last changed: its newest posting. An empty feed says 1970-01-01, a fixed date, because
 * a build time would make two builds of the same content differ.
 */
export function feedUpdated(entries: readonly FeedEntry[]): string {
  return entries[0]?.published ?? '1970-01-01T00:00:00Z';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
