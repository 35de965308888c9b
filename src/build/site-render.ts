import type { LayoutContext } from '../../layouts/page-data.ts';
import { layoutContext, rolePages } from '../../layouts/site-pages.ts';
import type { Role } from '../model/role.ts';
import type { SiteModel } from '../model/site-model.ts';
import { buildPasses, ROLE_PAGES_PER_PASS } from './build-passes.ts';
import type { SearchIndexWorker } from './search-index.ts';
import { splitRolePages } from './unchanged-pages.ts';

/** What one Eleventy run writes: the layouts' context, its share of the role pages, and maybe the rest of the site. */
export interface SiteRender {
  readonly context: LayoutContext;
  /** The role pages this run renders. */
  readonly roles: readonly Role[];
  /** This run also writes the rest of the site: index, department pages, feeds, sitemap, assets, search index. */
  readonly sitePages: boolean;
  /** The search index file, built on another thread while pages are rendered. */
  readonly searchIndex: Promise<string>;
}

/** How a site is written: its Eleventy runs, and the role pages the previous site already holds as they would be written. */
export interface RenderPlan {
  readonly runs: readonly SiteRender[];
  /** Paths (relative to the site folder) of role pages to carry over from the previous site. */
  readonly unchanged: readonly string[];
}

export interface RenderPlanOptions {
  /** The folder of the last build (or the output folder itself, in a preview), to compare role pages with. */
  readonly previousSite?: string | undefined;
  /** Role pages per Eleventy run (see build-passes.ts). */
  readonly rolePagesPerRun?: number;
  readonly searchIndex: SearchIndexWorker;
}

/**
 * Plans the writing of a checked site: builds the layouts' context once, compares every role page with
 * the previous site once, cuts the pages to render into Eleventy runs and starts the search index.
 */
export function planRender(site: SiteModel, { previousSite, rolePagesPerRun = ROLE_PAGES_PER_PASS, searchIndex }: RenderPlanOptions): RenderPlan {
  const context = layoutContext(site);
  const { toRender, unchanged } = splitRolePages(site.roles, (role) => rolePages(context, [role])[0]?.render() ?? '', previousSite);
  // A rejected index is left for the run that writes it to report; until then nothing waits on it.
  const index = searchIndex.indexFor(site);
  index.catch(() => {});
  const runs = buildPasses(toRender, rolePagesPerRun).map((pass): SiteRender => ({ context, roles: pass.roles, sitePages: pass.sitePages, searchIndex: index }));
  return { runs, unchanged };
}
