import type { SiteModel } from '../model/site-model.ts';
import { departmentHeadingId, INDEX_PAGE_IDS } from '../model/page-ids.ts';
import type { LinkSite } from './resolve-link.ts';

/** What the site builds, arranged for constant-time link lookups. */
export interface LinkIndex {
  readonly site: LinkSite;
  /** Site path of every HTML page → the ids on it (headings and the ids layouts add). */
  readonly pages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Other files the site builds, such as `/roles.json` and `/assets/site.css`. */
  readonly files: ReadonlySet<string>;
  /**
   * First path segments the site builds anything under (`engineering`, `jobs`): a missing path there
   * is a broken link; a path anywhere else (`/handbook/…`) lies outside the site.
   */
  readonly ownedFolders: ReadonlySet<string>;
  /** Folder path → one page built below it, for "only pages under it" hints. */
  readonly pageBelow: ReadonlyMap<string, string>;
  /** Old URL → new URL, from `redirect_from`. */
  readonly redirects: ReadonlyMap<string, string>;
  /** Content file relative to the content folder → its page (`.md` links) or its published path (images). */
  readonly contentFiles: ReadonlyMap<string, string>;
}

/** What the site builds besides role pages. */
export interface BuiltExtras {
  /** Non-page files, such as `/roles.json`. */
  readonly files: readonly string[];
  /**
   * Pages as the layouts render them (listings, and role pages without their bodies) → the ids on them.
   * A role page's ids are these and its headings' and levels'.
   */
  readonly pages?: ReadonlyMap<string, Iterable<string>>;
}

/** Indexes the pages, ids, files and redirects of a site. */
export function buildLinkIndex(site: SiteModel, { files, pages: listing = new Map() }: BuiltExtras): LinkIndex {
  const pages = new Map<string, ReadonlySet<string>>();
  const pageBelow = new Map<string, string>();
  const ownedFolders = new Set<string>();
  const contentFiles = new Map<string, string>();
  const own = (path: string): void => {
    const first = path.split('/')[1];
    if (first) ownedFolders.add(first);
  };
  for (const role of site.roles) {
    // The ids the layout writes come with the rendered layout (`pages`).
    const ids = new Set<string>();
    for (const section of role.sections) ids.add(section.id);
    for (const level of role.levels) if (level.id) ids.add(level.id);
    for (const anchor of role.anchors ?? []) ids.add(anchor);
    pages.set(role.url, ids);
    contentFiles.set(role.sourceInContent, role.url);
    own(role.url);
    for (let end = role.url.lastIndexOf('/', role.url.length - 2); end > 0; end = role.url.lastIndexOf('/', end - 1)) {
      const folder = role.url.slice(0, end + 1);
      if (!pageBelow.has(folder)) pageBelow.set(folder, role.url);
    }
  }
  const indexIds = new Set(INDEX_PAGE_IDS);
  for (const { department } of site.departments) indexIds.add(departmentHeadingId(department.id));
  // A role page at "/" (content/index.md) keeps its ids beside the index's rather than hiding them.
  pages.set('/', new Set([...(pages.get('/') ?? []), ...indexIds]));
  for (const [path, ids] of listing) {
    pages.set(path, new Set([...(pages.get(path) ?? []), ...ids]));
    own(path);
  }
  const built = new Set(files);
  for (const asset of site.assets ?? []) {
    contentFiles.set(asset.inContent, asset.file);
    built.add(asset.file);
  }
  for (const file of built) if (file.lastIndexOf('/') > 0) own(file);
  return { site: site.settings, pages, files: built, ownedFolders, pageBelow, redirects: site.redirects, contentFiles };
}

/** True when the site builds nothing under the path's first folder, so a link there leaves the site. */
export function isOutsideSite(index: LinkIndex, path: string): boolean {
  if (index.pages.has(path) || index.files.has(path) || index.redirects.has(path)) return false;
  const first = path.split('/')[1] ?? '';
  return first !== '' && !index.ownedFolders.has(first);
}
