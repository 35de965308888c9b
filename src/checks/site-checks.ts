import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Role } from '../model/role.ts';
import type { SiteModel } from '../model/site-model.ts';
import { checkSiteLinks } from '../links/check-site-links.ts';
import { findDuplicateTitles } from './duplicate-titles.ts';
import { findUrlCollisions, reservedPaths } from './url-collisions.ts';

/** A check over the whole site (as opposed to one page): it sees every role, so it can compare them. */
export type SiteCheck = (site: SiteModel, unpublished: readonly Role[]) => Diagnostic[];

/** The checks every `check` and `build` runs once all pages are loaded. */
export const SITE_CHECKS: readonly SiteCheck[] = [
  (site) => findUrlCollisions(site.roles, reservedPaths(site.departments.map((group) => group.department.id))),
  checkSiteLinks,
  (site) => findDuplicateTitles(site.roles),
];

/** Runs every site-wide check; `unpublished` are pages left out for errors, whose links are still checked. */
export function runSiteChecks(site: SiteModel, unpublished: readonly Role[] = []): Diagnostic[] {
  return SITE_CHECKS.flatMap((check) => check(site, unpublished));
}
