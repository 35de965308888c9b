import type { SiteModel } from '../../src/model/site-model.ts';
import type { SiteUrls } from '../../src/model/site-urls.ts';
import { feedEntries } from './feed-entries.ts';
import { openingFacts } from '../opening-text.ts';
import { SITE_FILES } from '../../src/model/site-paths.ts';

/** The JSON Feed (version 1.1) of open positions; `external_url` is where to apply. */
export function jsonFeed(site: SiteModel, urls: SiteUrls): string {
  const settings = site.settings;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Open positions · ${settings.name}`,
    home_page_url: urls.absoluteOrHref('/'),
    feed_url: urls.absoluteOrHref(SITE_FILES.jsonFeed),
    language: settings.language,
    authors: [{ name: settings.organization?.name ?? settings.name, ...(settings.organization?.url ? { url: settings.organization.url } : {}) }],
    items: feedEntries(site).map((entry) => ({
      id: urls.absoluteOrHref(entry.path),
      url: urls.absoluteOrHref(entry.path),
      external_url: entry.opening.apply_url,
      title: entry.title,
      content_text: [openingFacts(entry.opening, settings.language), entry.role.summary].filter((s) => s !== '').join('. '),
      date_published: entry.published,
      tags: [entry.role.department.name],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
