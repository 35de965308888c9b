import type { Role } from '../src/model/role.ts';
import { html } from '../src/site/html.ts';
import type { LayoutContext, PageShell } from './page-data.ts';

/** The index: every role, grouped by department, with its levels and grade range. */
export function indexPage(context: LayoutContext): PageShell {
  const { site, urls } = context;
  const content = html`<h1>${site.settings.name}</h1>
<p class="lead">${site.roles.length} ${site.roles.length === 1 ? 'role' : 'roles'} in ${site.departments.length} ${site.departments.length === 1 ? 'department' : 'departments'}.</p>
${site.departments.map(({ department, roles }) => html`<section class="department-group" aria-labelledby="dept-${department.id}">
<h2 id="dept-${department.id}">${department.name} <span class="count">(${roles.length})</span></h2>
<ul class="role-list">${roles.map((role) => html`<li class="role-card">
<h3><a href="${urls.href(role.url)}">${role.title}</a></h3>
${gradeRange(role) ? html`<p class="grades">${gradeRange(role)}</p>` : null}
${role.levels.length > 0 ? html`<p class="level-names">${role.levels.map((l) => l.title).join(' · ')}</p>` : null}
${role.openings.length > 0 ? html`<p class="openings">${role.openings.length} open ${role.openings.length === 1 ? 'position' : 'positions'}</p>` : null}
</li>`)}</ul>
</section>`)}`;
  return { title: site.settings.name, description: `Open roles and job families at ${site.settings.organization?.name ?? site.settings.name}.`, path: '/', content };
}

/** "Grade 6", "Grades 5–8", or undefined when no level has a grade. */
export function gradeRange(role: Role): string | undefined {
  const grades = role.levels.map((l) => l.grade).filter((g): g is number => g !== null);
  if (grades.length === 0) return undefined;
  const low = Math.min(...grades);
  const high = Math.max(...grades);
  return low === high ? `Grade ${low}` : `Grades ${low}–${high}`;
}
