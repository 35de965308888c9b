import type { Family } from '../src/model/families.ts';
import type { Role } from '../src/model/role.ts';
import type { SiteModel } from '../src/model/site-model.ts';
import { html, type SafeHtml } from './html.ts';
import { count } from './format.ts';
import type { LayoutContext } from './page-data.ts';

/**
 * One role in a list (index and department pages). The `data-` attributes are what the filter script
 * reads, so filtering needs no request; the card itself reads the same with or without JavaScript. A
 * family's card lists its level pages in `data-members`, so a search that finds a level shows the family.
 */
export function roleCard(role: Role, { site, urls, lookups }: LayoutContext, heading: 'h2' | 'h3'): SafeHtml {
  if (!hasOwnCard(role, site)) return html``;
  const family = site.familyByUrl.get(role.url);
  const own = family?.page.url === role.url ? family : undefined;
  const members = own ? [role, ...own.levels.filter((l) => l.role.department.id === role.department.id).map((l) => l.role)] : [role];
  const openings = members.reduce((sum, member) => sum + member.openings.length, 0);
  const title = html`<a href="${urls.href(role.url)}">${role.title}</a>`;
  const facts = roleFacts(role, own);
  return html`<li class="role-card${own ? ' family-card' : ''}" data-url="${role.url}" data-department="${role.department.id}" data-levels="${JSON.stringify(members.flatMap((member) => lookups.facetsByUrl.get(member.url) ?? []))}" data-open="${openings}"${own ? html` data-members="${JSON.stringify(members.slice(1).map((member) => member.url))}"` : null}>
${heading === 'h2' ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
${role.summary ? html`<p class="card-summary">${role.summary}</p>` : null}
${facts.length > 0 || openings > 0
  ? html`<p class="card-facts">${openings > 0 ? html`<span class="badge">${count(openings, 'open position', 'open positions')}</span>` : null}${facts.map((fact) => html`<span>${fact}</span>`)}</p>`
  : null}
${own ? html`<ol class="family-levels" aria-label="Levels of ${role.title}">${own.levels.map((level) => html`<li><a href="${urls.href(level.role.url)}">${level.role.title}</a>${level.grade === null ? null : html` <span class="grade">Grade ${level.grade}</span>`}${level.role.openings.length > 0 ? html` <span class="badge">${count(level.role.openings.length, 'open position', 'open positions')}</span>` : null}</li>`)}</ol>\n` : null}</li>`;
}

/** False for a level of a family kept as a folder: it is listed on its family's card, unless it is filed under another department. */
export function hasOwnCard(role: Role, site: SiteModel): boolean {
  const family = site.familyByUrl.get(role.url);
  return !family || family.page.url === role.url || family.page.department.id !== role.department.id;
}

/**
 * Short facts about a role's ladder for cards and the role header: "Grades 5–8", "4 levels". A family's
 * page counts the family's level pages instead of the levels its own body names.
 */
export function roleFacts(role: Role, family?: Family): string[] {
  const grades = family ? gradeRangeOf(family.levels.map((l) => l.grade)) : gradeRange(role);
  const levels = family ? family.levels.length : role.levels.length;
  return [...(grades ? [grades] : []), ...(levels > 1 ? [count(levels, 'level', 'levels')] : [])];
}

/** "Grade 6", "Grades 5–8", or undefined when no level has a grade. */
export function gradeRange(role: Role): string | undefined {
  return gradeRangeOf(role.levels.map((l) => l.grade));
}

function gradeRangeOf(all: readonly (number | null)[]): string | undefined {
  const grades = all.filter((g): g is number => g !== null);
  if (grades.length === 0) return undefined;
  const low = Math.min(...grades);
  const high = Math.max(...grades);
  return low === high ? `Grade ${low}` : `Grades ${low}–${high}`;
}
