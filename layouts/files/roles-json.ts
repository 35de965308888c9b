import type { Role } from '../../src/model/role.ts';
import type { RolesJsonRole } from '../../src/model/roles-json-schema.ts';
import type { SiteModel } from '../../src/model/site-model.ts';

/**
 * `roles.json`: the model as data, for other tools. Bodies are left out; `url` is the site path. A
 * level of a family kept as a folder names its `family`; the family's page lists its level pages as `levels`.
 */
export function rolesJson(site: SiteModel): string {
  return `${JSON.stringify(site.roles.map((role) => roleEntry(role, site)), null, 2)}\n`;
}

/** One role as `roles.json` lists it; the type is the published schema's (src/model/roles-json-schema.ts). */
function roleEntry(role: Role, site: SiteModel): RolesJsonRole {
  const family = site.familyByUrl.get(role.url);
  const isFamilyPage = family?.page.url === role.url;
  return {
    title: role.title,
    url: role.url,
    department: role.department.name,
    department_id: role.department.id,
    summary: role.summary,
    family: family && !isFamilyPage ? { url: family.page.url, title: family.page.title } : null,
    levels: family && isFamilyPage
      ? family.levels.map((l) => ({ title: l.role.title, grade: l.grade, url: l.role.url }))
      : role.levels.map((l) => ({ title: l.title, grade: l.grade, id: l.id })),
    specialties: role.specialties.map((s) => s.title),
    responsibilities: role.responsibilities,
    requirements: role.requirements,
    performance_indicators: role.performanceIndicators,
    hiring_process: role.hiringProcess,
    openings: role.openings,
    redirect_from: role.redirectFrom,
    source: role.sourceInContent,
  };
}
