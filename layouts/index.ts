import { departmentHeadingId } from '../src/model/page-ids.ts';
import { departmentPath, JOB_ARCHITECTURE_PATH, SITE_FILES } from '../src/model/site-paths.ts';
import { html, type SafeHtml } from './html.ts';
import { departmentNav } from './department-nav.ts';
import { count } from './format.ts';
import type { LayoutContext, PageShell } from './page-data.ts';
import { hasOwnCard, roleCard } from './role-card.ts';
import { atsOnlyDepartments, atsOpeningsList, atsOpeningsOf } from './ats-openings.ts';
import { uiText } from './ui-strings.ts';

/**
 * The index: every role, grouped by department, and the ATS's openings that no role page describes.
 * Without JavaScript the department links browse the site (and the filter form is not shown); with it,
 * `search.js` enables the form, which searches and filters these same cards in place.
 */
export function indexPage(context: LayoutContext): PageShell {
  const { site, urls, lookups } = context;
  const organization = site.settings.organization?.name ?? site.settings.name;
  const content = html`<h1>${site.settings.name}</h1>
<p class="lead">${count(site.roles.length, 'role', 'roles')} in ${count(site.departments.length, 'department', 'departments')}${lookups.openingCount > 0 ? html` · <strong>${count(lookups.openingCount, 'open position', 'open positions')}</strong>` : null}.</p>
${departmentNav(context, uiText(site.settings, 'browse_by_department'))}
<p class="architecture-link"><a href="${urls.href(JOB_ARCHITECTURE_PATH)}">Job architecture: every level by grade</a></p>
${filterForm(context)}
<p id="filter-status" class="filter-status" role="status"></p>
${site.departments.map(({ department, roles }) => html`<section class="department-group" aria-labelledby="${departmentHeadingId(department.id)}" data-department="${department.id}">
<h2 id="${departmentHeadingId(department.id)}"><a href="${urls.href(departmentPath(department.id))}">${department.name}</a> <span class="count">(${roles.filter((role) => hasOwnCard(role, site)).length})</span></h2>
<ul class="role-list">${roles.map((role) => roleCard(role, context, 'h3'))}</ul>
${atsOpeningsOf(site.unmatchedOpenings, department.name).length > 0 ? html`${atsOpeningsList(atsOpeningsOf(site.unmatchedOpenings, department.name), `${departmentHeadingId(department.id)}-ats`)}\n` : null}</section>`)}
${atsOnlyDepartments(site.unmatchedOpenings, new Set(site.departments.map(({ department }) => department.name.toLowerCase()))).map((section) => html`${section}\n`)}<p id="no-results" class="no-results" hidden>No roles match. Try fewer words, clear the filters, or browse by department above.</p>`;
  return {
    title: site.settings.name,
    description: `Open positions and job families at ${organization}: ${count(site.roles.length, 'role', 'roles')} in ${count(site.departments.length, 'department', 'departments')}.`,
    path: '/',
    content,
    script: SITE_FILES.searchScript,
    // The form is in the page from the first paint (so nothing moves when the script is ready), but it
    // needs the script, so without JavaScript it is not shown at all.
    head: html`<noscript><style>#role-filters { display: none; }</style></noscript>`,
  };
}

/** The search and filter form, disabled until the script is ready (`search.js` enables it); its place never changes. */
function filterForm({ site, urls, lookups }: LayoutContext): SafeHtml {
  const gradeOptions = lookups.grades.map((grade) => html`<option value="${grade}">${grade}</option>`);
  return html`<form id="role-filters" class="filters" role="search" aria-labelledby="filters-title" data-index="${urls.href(SITE_FILES.searchIndex)}">
<h2 id="filters-title">${uiText(site.settings, 'find_a_role')}</h2>
<fieldset class="filter-fields" disabled>
<div class="field field-search"><label for="filter-q">Search titles and descriptions</label><span class="search-row"><input id="filter-q" type="search" name="q" autocomplete="off" spellcheck="false"><button type="submit">Search</button></span></div>
<div class="field"><label for="filter-department">Department</label><select id="filter-department" name="department"><option value="">All departments</option>${site.departments.map(({ department }) => html`<option value="${department.id}">${department.name}</option>`)}</select></div>
${lookups.levelKinds.length > 0 ? html`<div class="field"><label for="filter-level">Level</label><select id="filter-level" name="level"><option value="">Any level</option>${lookups.levelKinds.map((kind) => html`<option value="${kind.id}">${kind.label}</option>`)}</select></div>` : null}
${lookups.grades.length > 0 ? html`<fieldset class="field grade-range"><legend>Grade</legend><label for="filter-grade-min">From</label><select id="filter-grade-min" name="grade_min"><option value="">Any</option>${gradeOptions}</select><label for="filter-grade-max">to</label><select id="filter-grade-max" name="grade_max"><option value="">Any</option>${gradeOptions}</select></fieldset>` : null}
<div class="field field-check"><input id="filter-open" type="checkbox" name="open" value="1"><label for="filter-open">Only roles with open positions</label></div>
<div class="field field-actions"><button type="reset">Clear filters</button></div>
</fieldset>
</form>`;
}
