/**
 * Which part of the site one Eleventy run writes. Eleventy renders every page of a run before it
 * writes any, and keeps them all until the run ends: at 10 000 roles the role pages alone held
 * 320 MB. A build therefore writes the role pages in runs of at most `ROLE_PAGES_PER_PASS`.
 */
export interface BuildPass {
  /** The role pages of this run: the model's roles (sorted by URL) from index `from` up to, not including, `to`. */
  readonly from: number;
  readonly to: number;
  /** This run also writes the rest of the site: index, department pages, feeds, sitemap, assets. */
  readonly sitePages: boolean;
}

/** Role pages per Eleventy run: about 65 MB of rendered pages; a run costs ~0.1 s of set-up. */
export const ROLE_PAGES_PER_PASS = 2000;

/** The whole site in one run: a preview, or Eleventy run without the CLI. */
export const WHOLE_SITE: BuildPass = { from: 0, to: Infinity, sitePages: true };

/** The runs that write a site of `roleCount` roles: the first also writes every page that is not a role page. */
export function buildPasses(roleCount: number, perPass: number = ROLE_PAGES_PER_PASS): BuildPass[] {
  const passes: BuildPass[] = [];
  for (let from = 0; from < roleCount || passes.length === 0; from += perPass) {
    passes.push({ from, to: Math.min(from + perPass, roleCount), sitePages: passes.length === 0 });
  }
  return passes;
}
