import MiniSearch from 'minisearch';
import type { SiteModel } from './site-model.ts';

/** The fields the search matches, best first; the browser script boosts them in this order. */
export const SEARCH_FIELDS = ['title', 'levels', 'department', 'summary', 'text'] as const;

/** What `search-index.json` holds: MiniSearch's serialised index and the options it was built with. */
export interface SearchIndexFile {
  readonly fields: readonly string[];
  /** `MiniSearch#toJSON()`; document ids are role URLs, which the index page's cards carry in `data-url`. */
  readonly index: unknown;
}

/**
 * Builds the full-text index of every role at build time, so the browser only loads it. Nothing is
 * stored beside the terms: the cards already on the page show the results.
 */
export function searchIndexJson(site: SiteModel): string {
  const search = new MiniSearch({ idField: 'id', fields: [...SEARCH_FIELDS], storeFields: [] });
  search.addAll(site.roles.map((role) => ({
    id: role.url,
    title: role.title,
    levels: role.levels.map((level) => level.title).join(' · '),
    department: role.department.name,
    summary: role.summary,
    text: role.text,
  })));
  const file: SearchIndexFile = { fields: SEARCH_FIELDS, index: search.toJSON() };
  return JSON.stringify(file);
}
