import type { SiteModel } from '../../src/model/site-model.ts';

/** `roles.json`: the model as data, for other tools. Bodies are left out; `url` is the site path. */
export function rolesJson(site: SiteModel): string {
  const roles = site.roles.map((role) => ({
    title: role.title,
    url: role.url,
    department: role.department.name,
    department_id: role.department.id,
    summary: role.summary,
    levels: role.levels.map((l) => ({ title: l.title, grade: l.grade, id: l.id })),
    specialties: role.specialties.map((s) => s.title),
    responsibilities: role.responsibilities,
    requirements: role.requirements,
    performance_indicators: role.performanceIndicators,
    hiring_process: role.hiringProcess,
    openings: role.openings,
    redirect_from: role.redirectFrom,
    source: role.sourceInContent,
  }));
  return `${JSON.stringify(roles, null, 2)}\n`;
}
