import type { Department, Opening, Role } from './role.ts';
import type { Settings } from './settings-schema.ts';
import type { PageAsset } from './content-links.ts';
import type { UserSources } from './user-sources.ts';
import { familiesByUrl, findFamilies, type Family } from './families.ts';

/** A department with its roles, as the index and department pages show it. */
export interface DepartmentGroup {
  readonly department: Department;
  readonly roles: readonly Role[];
}

/** Everything the site is built from: validated settings and every role that loaded without errors. */
export interface SiteModel {
  readonly settings: Settings;
  /** Sorted by URL. */
  readonly roles: readonly Role[];
  /** Sorted by department name; roles within by title. */
  readonly departments: readonly DepartmentGroup[];
  /** Old URL → new URL, from `redirect_from`. */
  readonly redirects: ReadonlyMap<string, string>;
  /** Job families kept as folders (`_index.md` and a page per level), sorted by the family page's URL. */
  readonly families: readonly Family[];
  /** URL of a family's page or of one of its levels → the family. */
  readonly familyByUrl: ReadonlyMap<string, Family>;
  /** Openings from the applicant-tracking system that match no role, by ATS department (sorted by name, then title). */
  readonly unmatchedOpenings: readonly UnmatchedGroup[];
  /** Brand files to publish and layouts replacing ours, from the user's repository; none when absent. */
  readonly sources?: UserSources;
  /** Images and documents beside the pages that pages link to, published as they are (unless `unpublished`); none when absent. */
  readonly assets?: readonly PageAsset[];
}

/** ATS openings of one ATS department that no role page claims; the index lists them with their ATS links. */
export interface UnmatchedGroup {
  /** The department's name in the ATS, or "Other" when the ATS gives none. */
  readonly department: string;
  readonly openings: readonly Opening[];
}

/** Builds the site model from loaded roles. */
export function makeSiteModel(settings: Settings, roles: readonly Role[], unmatched: readonly Opening[] = []): SiteModel {
  const sorted = [...roles].sort((a, b) => compare(a.url, b.url));
  const byDepartment = new Map<string, { department: Department; roles: Role[] }>();
  for (const role of sorted) {
    const group = byDepartment.get(role.department.id) ?? { department: role.department, roles: [] };
    group.roles.push(role);
    byDepartment.set(role.department.id, group);
  }
  const departments = [...byDepartment.values()]
    .map((g) => ({ department: g.department, roles: g.roles.sort((a, b) => compare(a.title, b.title) || compare(a.url, b.url)) }))
    .sort((a, b) => compare(a.department.name, b.department.name));
  const redirects = new Map<string, string>();
  for (const role of sorted) for (const from of role.redirectFrom) redirects.set(from, role.url);
  const families = findFamilies(sorted);
  const unmatchedByDepartment = new Map<string, Opening[]>();
  for (const opening of unmatched) {
    const name = opening.ats?.department ?? 'Other';
    unmatchedByDepartment.set(name, [...(unmatchedByDepartment.get(name) ?? []), opening]);
  }
  const unmatchedOpenings = [...unmatchedByDepartment]
    .map(([department, openings]) => ({ department, openings: openings.sort((a, b) => compare(a.title ?? '', b.title ?? '') || compare(a.id, b.id)) }))
    .sort((a, b) => compare(a.department, b.department));
  return { settings, roles: sorted, departments, redirects, unmatchedOpenings, families, familyByUrl: familiesByUrl(families) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
