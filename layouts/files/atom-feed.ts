import type { SiteModel } from '../../src/model/site-model.ts';
import type { SiteUrls } from '../../src/model/site-urls.ts';
import { escapeHtml as escapeXml } from '../html.ts';
import { feedEntries, feedUpdated } from './feed-entries.ts';
import { openingFacts } from '../opening-text.ts';
import { SITE_FILES } from '../../src/model/site-paths.ts';
import { atomId } from './feed-id.ts';

/** The Atom feed of open positions (RFC 4287); dates come from the content, so builds are reproducible. */
export function atomFeed(site: SiteModel, urls: SiteUrls): string {
  const settings = site.settings;
  const entries = feedEntries(site);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(settings.language)}">`,
    `<title>${escapeXml(`Open positions · ${settings.name}`)}</title>`,
    `<id>${escapeXml(atomId(urls, settings.name, SITE_FILES.atomFeed))}</id>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(urls.absoluteOrHref(SITE_FILES.atomFeed))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(urls.absoluteOrHref('/'))}"/>`,
    `<updated>${feedUpdated(entries)}</updated>`,
    `<author><name>${escapeXml(settings.organization?.name ?? settings.name)}</name></author>`,
  ];
  for (const entry of entries) {
    const url = escapeXml(urls.absoluteOrHref(entry.path));
    const summary = [openingFacts(entry.opening, settings.language), entry.role.summary].filter((s) => s !== '').join('. ');
    lines.push(
      '<entry>',
      `<title>${escapeXml(entry.title)}</title>`,
      `<id>${escapeXml(atomId(urls, settings.name, entry.path))}</id>`,
      `<link rel="alternate" type="text/html" href="${url}"/>`,
      `<published>${entry.published}</published>`,
      `<updated>${entry.published}</updated>`,
      `<category term="${escapeXml(entry.role.department.id)}" label="${escapeXml(entry.role.department.name)}"/>`,
      `<summary type="text">${escapeXml(summary)}</summary>`,
      '</entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
