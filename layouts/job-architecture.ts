import type { Role } from '../src/model/role.ts';
import type { DepartmentGroup, SiteModel } from '../src/model/site-model.ts';
import { JOB_ARCHITECTURE_PATH } from '../src/model/site-paths.ts';
import { html, type SafeHtml } from './html.ts';
import { count } from './format.ts';
import type { LayoutContext, PageShell } from './page-data.ts';
import { uiText } from './ui-strings.ts';

/** One level as the page places it: on its grade's column, or apart when it has none. */
export interface ArchitectureLevel {
  readonly title: string;
  readonly grade: number | null;
  /** Site path (with `#fragment` for a level described on its family's page) of the level's description. */
  readonly href: string;
}

/** A job family: its page and its levels, lowest first as the family lists them. */
export interface ArchitectureFamily {
  readonly title: string;
  readonly url: string;
  readonly levels: readonly ArchitectureLevel[];
}

/**
 * The families of one department. A family kept as a folder is its `_index.md` with a page per level;
 * any other role is a family whose levels are the ones its page names (or the role itself, ungraded,
 * when it names none). A level page of a folder family appears only in its family.
 */
export function departmentFamilies(group: DepartmentGroup, site: SiteModel): ArchitectureFamily[] {
  const families: ArchitectureFamily[] = [];
  for (const role of group.roles) {
    const family = site.familyByUrl.get(role.url);
    if (family && family.page.url !== role.url) continue;
    const levels = family
      ? family.levels.map((level) => ({ title: level.role.title, grade: level.grade, href: level.role.url }))
      : ownLevels(role);
    families.push({ title: role.title, url: role.url, levels });
  }
  return families;
}

function ownLevels(role: Role): ArchitectureLevel[] {
  if (role.levels.length === 0) return [{ title: role.title, grade: null, href: role.url }];
  return role.levels.map((level) => ({ title: level.title, grade: level.grade, href: level.id === '' ? role.url : `${role.url}#${level.id}` }));
}

/**
 * The job architecture: per department, a table of families (rows) by grade (columns), each level a
 * link to its description. A table, because its rows and columns are what a screen reader announces
 * and what prints; levels without a grade are listed apart, never placed on a guessed column.
 */
export function jobArchitecturePage(context: LayoutContext): PageShell {
  const { site } = context;
  const sections = site.departments.map((group) => departmentSection(group, context));
  const content = html`<h1>Job architecture</h1>
<p class="lead">${count(site.departments.length, 'department', 'departments')}: every job family and its levels by grade. Each level links to what it expects.</p>
<nav class="architecture-nav" aria-labelledby="architecture-nav-title"><h2 id="architecture-nav-title" class="visually-hidden">Departments on this page</h2><ul>${site.departments.map(({ department }) => html`<li><a href="#${sectionId(department.id)}">${department.name}</a></li>`)}</ul></nav>
${sections}`;
  return {
    title: 'Job architecture',
    description: `The job families and levels of ${site.settings.organization?.name ?? site.settings.name} by grade and department.`,
    path: JOB_ARCHITECTURE_PATH,
    content,
    breadcrumbs: [{ title: uiText(site.settings, 'home'), path: '/' }],
  };
}

function sectionId(departmentId: string): string {
  return `architecture-${departmentId}`;
}

function departmentSection(group: DepartmentGroup, { site, urls }: LayoutContext): SafeHtml {
  const id = sectionId(group.department.id);
  const families = departmentFamilies(group, site);
  const graded = families.filter((family) => family.levels.some((level) => level.grade !== null));
  const grades = graded.flatMap((family) => family.levels.flatMap((level) => (level.grade === null ? [] : [level.grade])));
  const low = Math.min(...grades);
  const columns = grades.length === 0 ? [] : Array.from({ length: Math.max(...grades) - low + 1 }, (_, i) => low + i);
  const ungraded = families.flatMap((family) => family.levels.filter((level) => level.grade === null).map((level) => ({ family, level })));
  const link = (level: ArchitectureLevel): SafeHtml => html`<a class="architecture-level" href="${urls.href(level.href)}">${level.title}</a>`;
  return html`<section class="architecture-department" aria-labelledby="${id}">
<h2 id="${id}">${group.department.name}</h2>
${columns.length > 0 ? html`<div class="architecture-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
<table class="architecture">
<caption id="${id}-caption">${group.department.name}: job families by grade</caption>
<thead><tr><th scope="col">Job family</th>${columns.map((grade) => html`<th scope="col">Grade ${grade}</th>`)}</tr></thead>
<tbody>${graded.map((family) => html`
<tr><th scope="row"><a href="${urls.href(family.url)}">${family.title}</a></th>${columns.map((grade) => {
    const here = family.levels.filter((level) => level.grade === grade);
    return here.length === 0 ? html`<td></td>` : html`<td>${here.map(link)}</td>`;
  })}</tr>`)}
</tbody>
</table>
</div>` : html`<p class="architecture-none">No level in this department has a grade yet.</p>`}
${ungraded.length > 0 ? html`<h3 id="${id}-ungraded">Without a grade</h3>
<ul class="architecture-ungraded">${ungraded.map(({ family, level }) => html`<li>${link(level)}${level.title === family.title ? null : html` <span class="architecture-family">(${family.title})</span>`}</li>`)}</ul>` : null}
</section>`;
}
