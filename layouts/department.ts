import { departmentPath } from '../src/model/site-paths.ts';
import { html } from './html.ts';
import type { DepartmentGroup } from '../src/model/site-model.ts';
import { departmentNav } from './department-nav.ts';
import { count } from './format.ts';
import type { LayoutContext, PageShell } from './page-data.ts';
import { roleCard } from './role-card.ts';
import { uiText } from './ui-strings.ts';

/** A department's page: its roles as cards, pre-rendered so browsing needs no JavaScript. */
export function departmentPage(group: DepartmentGroup, context: LayoutContext): PageShell {
  const { department, roles } = group;
  const openings = roles.reduce((sum, role) => sum + role.openings.length, 0);
  const facts = `${count(roles.length, 'role', 'roles')}${openings > 0 ? ` · ${count(openings, 'open position', 'open positions')}` : ''}`;
  const content = html`<h1>${department.name}</h1>
<p class="lead">${facts}</p>
<ul class="role-list">${roles.map((role) => roleCard(role, context, 'h2'))}</ul>
${departmentNav(context, uiText(context.site.settings, 'all_departments'), department.id)}`;
  return {
    title: department.name,
    description: `${department.name} roles at ${context.site.settings.organization?.name ?? context.site.settings.name}: ${facts}.`,
    path: departmentPath(department.id),
    content,
    breadcrumbs: [{ title: uiText(context.site.settings, 'home'), path: '/' }],
  };
}
