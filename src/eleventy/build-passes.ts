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

/** Role pages per Eleventy run: about 65 MB of rendered pages; a run costs well under 0.1 s of set-up. */
export const ROLE_PAGES_PER_PASS = 2000;

/**
 * The runs that render `roles` (the role pages that must be rendered, not those carried over from the
 * last site): at least one, and only the first also writes every page that is not a role page.
 */
export function buildPasses(roles: readonly Role[], perPass: number = ROLE_PAGES_PER_PASS): BuildPass[] {
  const passes: BuildPass[] = [];
  for (let from = 0; from < roles.length || passes.length === 0; from += perPass) {
    passes.push({ roles: roles.slice(from, from + perPass), sitePages: passes.length === 0 });
  }
  return passes;
}
