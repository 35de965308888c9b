import type { Role } from '../src/model/role.ts';
import { html, type SafeHtml } from './html.ts';
import { count } from './format.ts';
import type { LayoutContext } from './page-data.ts';

/**
 * One role in a list (index and department pages). The `data-` attributes are what the filter script
 * reads, so filtering needs no request; the card itself reads the same with or without JavaScript.
 */
export function roleCard(role: Role, { urls, lookups }: LayoutContext, heading: 'h2' | 'h3'): SafeHtml {
  const title = html`<a href="${urls.href(role.url)}">${role.title}</a>`;
  const facts = roleFacts(role);
  return html`<li class="role-card" data-url="${role.url}" data-department="${role.department.id}" data-levels="${JSON.stringify(lookups.facetsByUrl.get(role.url) ?? [])}" data-open="${role.openings.length}">
${heading === 'h2' ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
${role.summary ? html`<p class="card-summary">${role.summary}</p>` : null}
${facts.length > 0 || role.openings.length > 0
  ? html`<p class="card-facts">${role.openings.length > 0 ? html`<span class="badge">${count(role.openings.length, 'open position', 'open positions')}</span>` : null}${facts.map((fact) => html`<span>${fact}</span>`)}</p>`
  : null}
</li>`;
}

/** Short facts about a role's ladder for cards and the role header: "Grades 5–8", "4 levels". */
export function roleFacts(role: Role): string[] {
  const grades = gradeRange(role);
  return [...(grades ? [grades] : []), ...(role.levels.length > 1 ? [count(role.levels.length, 'level', 'levels')] : [])];
}

/** "Grade 6", "Grades 5–8", or undefined when no level has a grade. */
export function gradeRange(role: Role): string | undefined {
  const grades = role.levels.map((l) => l.grade).filter((g): g is number => g !== null);
  if (grades.length === 0) return undefined;
  const low = Math.min(...grades);
  const high = Math.max(...grades);
  return low === high ? `Grade ${low}` : `Grades ${low}–${high}`;
}
