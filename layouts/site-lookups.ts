import type { Role } from '../src/model/role.ts';
import type { DepartmentGroup, SiteModel } from '../src/model/site-model.ts';
import { LEVEL_KINDS, levelFacets, type LevelFacet } from './level-facets.ts';

/** A redirect page to write: the old path, the role it points to. */
export interface RedirectPage {
  readonly from: string;
  readonly to: Role;
}

/** Everything layouts look up across pages, built once per site so each page is only string work. */
export interface SiteLookups {
  readonly departmentById: ReadonlyMap<string, DepartmentGroup>;
  readonly facetsByUrl: ReadonlyMap<string, readonly LevelFacet[]>;
  /** The level filter's options: seniority words some level uses, in ladder order. */
  readonly levelKinds: readonly { readonly id: string; readonly label: string }[];
  /** Every grade some level has, ascending. */
  readonly grades: readonly number[];
  readonly openingCount: number;
  /** Sorted by old path. */
  readonly redirects: readonly RedirectPage[];
}

/** Builds the lookups for one site model. */
export function siteLookups(site: SiteModel): SiteLookups {
  const facetsByUrl = new Map(site.roles.map((role) => [role.url, levelFacets(role.levels)] as const));
  const usedKinds = new Set<string>();
  const grades = new Set<number>();
  for (const facets of facetsByUrl.values()) {
    for (const facet of facets) {
      for (const kind of facet.k) usedKinds.add(kind);
      if (facet.g !== null) grades.add(facet.g);
    }
  }
  const roleByUrl = new Map(site.roles.map((role) => [role.url, role] as const));
  const redirects: RedirectPage[] = [];
  for (const [from, to] of site.redirects) {
    const role = roleByUrl.get(to);
    if (role) redirects.push({ from, to: role });
  }
  redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return {
    departmentById: new Map(site.departments.map((group) => [group.department.id, group] as const)),
    facetsByUrl,
    levelKinds: LEVEL_KINDS.filter((kind) => usedKinds.has(kind.id)).map(({ id, label }) => ({ id, label })),
    grades: [...grades].sort((a, b) => a - b),
    openingCount: site.roles.reduce((sum, role) => sum + role.openings.length, 0),
    redirects,
  };
}
