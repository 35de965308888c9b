import { HIRING_TITLE_ID, LEVELS_TITLE_ID, RELATED_TITLE_ID, TOC_TITLE_ID } from '../src/model/page-ids.ts';
import type { Family } from '../src/model/families.ts';
import type { Role } from '../src/model/role.ts';
import { departmentPath } from '../src/model/site-paths.ts';
import { html, type SafeHtml } from './html.ts';
import { count } from './format.ts';
import type { LayoutContext } from './page-data.ts';
import { uiText } from './ui-strings.ts';

const RELATED_LIMIT = 8;

/** A table of contents entry. */
export interface TocEntry {
  readonly id: string;
  readonly title: string;
  readonly depth: number;
}

/** "On this page": the layout's own sections first, then the body's headings down to level 3. */
export function tableOfContents(entries: readonly TocEntry[], title: string): SafeHtml | null {
  if (entries.length < 2) return null;
  // Deeper entries nest under the entry before them, so the numbers count only the top level.
  const top = Math.min(...entries.map((e) => e.depth));
  const groups: { entry: TocEntry; children: TocEntry[] }[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (entry.depth > top && last) last.children.push(entry);
    else groups.push({ entry, children: [] });
  }
  const link = (e: TocEntry): SafeHtml => html`<a href="#${e.id}">${e.title}</a>`;
  return html`<nav class="toc" aria-labelledby="${TOC_TITLE_ID}"><h2 id="${TOC_TITLE_ID}">${title}</h2><ol>${groups.map(({ entry, children }) => html`<li>${link(entry)}${children.length > 0 ? html`<ul>${children.map((c) => html`<li>${link(c)}</li>`)}</ul>` : null}</li>`)}</ol></nav>`;
}

/**
 * The levels as a ladder, lowest first, each with its grade. A rung links to the body's heading for the
 * level; a level without one (read from a table) puts its id on the rung, so `#level` links still land.
 */
export function careerLadder(role: Role, title: string): SafeHtml {
  const headingIds = new Set(role.sections.map((s) => s.id));
  return html`<section class="ladder-section" aria-labelledby="${LEVELS_TITLE_ID}">
<h2 id="${LEVELS_TITLE_ID}">${title}</h2>
<ol class="ladder">${role.levels.map((level) => {
    const linked = level.id !== '' && headingIds.has(level.id);
    const anchor = !linked && level.id !== '' ? level.id : undefined;
    return html`<li${anchor ? html` id="${anchor}"` : null}><span class="rung-title">${linked ? html`<a href="#${level.id}">${level.title}</a>` : level.title}</span>${level.grade === null ? null : html` <span class="grade">Grade ${level.grade}</span>`}</li>`;
  })}</ol>
</section>`;
}

/**
 * A family's levels as a ladder, lowest first, each linking to its own page with its grade. On a level's
 * page the ladder names the family page and marks the level being read instead of linking to it.
 */
export function familyLadder(family: Family, current: Role, { urls }: LayoutContext, title: string): SafeHtml {
  const onLevel = current.url !== family.page.url;
  return html`<section class="ladder-section" aria-labelledby="${LEVELS_TITLE_ID}">
<h2 id="${LEVELS_TITLE_ID}">${title}</h2>
${onLevel ? html`<p class="ladder-family">The levels of the <a href="${urls.href(family.page.url)}">${family.page.title}</a> job family.</p>\n` : null}<ol class="ladder">${family.levels.map(({ role, grade }) => {
    const grading = grade === null ? null : html` <span class="grade">Grade ${grade}</span>`;
    const open = role.openings.length > 0 ? html` <span class="badge">${count(role.openings.length, 'open position', 'open positions')}</span>` : null;
    return role.url === current.url
      ? html`<li class="current-level" aria-current="page"><span class="rung-title">${role.title} <span class="current-note">(this page)</span></span>${grading}${open}</li>`
      : html`<li><span class="rung-title"><a href="${urls.href(role.url)}">${role.title}</a></span>${grading}${open}</li>`;
  })}</ol>
</section>`;
}

/** The hiring process as numbered steps. */
export function hiringSteps(role: Role, title: string): SafeHtml {
  return html`<section class="hiring-section" aria-labelledby="${HIRING_TITLE_ID}">
<h2 id="${HIRING_TITLE_ID}">${title}</h2>
<ol class="steps">${role.hiringProcess.map((step) => html`<li>${step}</li>`)}</ol>
</section>`;
}

/** Other roles of the same department, from the department groups built once per site; a family's ladder already lists its own. */
export function relatedRoles(role: Role, { site, urls, lookups }: LayoutContext): SafeHtml | null {
  const group = lookups.departmentById.get(role.department.id);
  const family = site.familyByUrl.get(role.url);
  const all = group?.roles ?? [];
  const others = all.filter((other) => other.url !== role.url && (family === undefined || site.familyByUrl.get(other.url) !== family));
  if (others.length === 0) return null;
  const department = role.department;
  return html`<section class="related" aria-labelledby="${RELATED_TITLE_ID}">
<h2 id="${RELATED_TITLE_ID}">${uiText(site.settings, 'more_roles_in', { department: department.name })}</h2>
<ul class="related-list">${others.slice(0, RELATED_LIMIT).map((other) => html`<li><a href="${urls.href(other.url)}">${other.title}</a>${other.openings.length > 0 ? html` <span class="badge">${count(other.openings.length, 'open position', 'open positions')}</span>` : null}</li>`)}</ul>
<p><a href="${urls.href(departmentPath(department.id))}">All ${count(all.length, `${department.name} role`, `${department.name} roles`)}</a></p>
</section>`;
}
