import type { Role } from '../model/role.ts';

/**
 * Which part of the site one Eleventy run writes. Eleventy renders every page of a run before it
 * writes any, and keeps them all until the run ends: at 10 000 roles the role pages alone held
 * 320 MB. A build therefore renders its role pages in runs of at most `ROLE_PAGES_PER_PASS`.
 */
export interface BuildPass {
  /** The role pages this run renders. */
  readonly roles: readonly Role[];
  /** This run also writes the rest of the site: index, department pages, feeds, sitemap, assets. */
  readonly sitePages: boolean;
}

/** Role pages per Eleventy run: about 65 MB of rendered pages. Fewer would add runs (each sets Eleventy up anew) for little: 1 000 lowered the peak at 10 000 roles by 12 MiB. */
export const ROLE_PAGES_PER_PASS = 2000;

/**
 * The runs that render `roles` (the role pages that must be rendered, not those carried over from the
 * last site). A site whose pages fit in one run is written in one. A larger one gets a last run of its
 * own for every page that is not a role page (at 10 000 roles, `roles.json`, the index and the
 * department pages held 230 MB): by then the search index, built on another thread since the checks,
 * is ready, and that thread's memory is free again.
 */
export function buildPasses(roles: readonly Role[], perPass: number = ROLE_PAGES_PER_PASS): BuildPass[] {
  if (roles.length <= perPass) return [{ roles, sitePages: true }];
  const runs = Math.ceil(roles.length / perPass);
  const rolePasses = Array.from({ length: runs }, (_, run): BuildPass => ({ roles: roles.slice(run * perPass, (run + 1) * perPass), sitePages: false }));
  return [...rolePasses, { roles: [], sitePages: true }];
}
