import type { Opening } from '../src/model/role.ts';
import type { UnmatchedGroup } from '../src/model/site-model.ts';
import { html, type SafeHtml } from './html.ts';
import { physicalLocations } from './opening-text.ts';

/**
 * Openings from the applicant-tracking system that no role page describes yet, as links to their ATS
 * pages: inside the department they are filed under when the site has it, else in a section of their own.
 */
export function atsOpeningsList(openings: readonly Opening[], headingId: string): SafeHtml {
  return html`<h3 class="ats-openings-title" id="${headingId}">Also open</h3>
<ul class="ats-openings">${openings.map((opening) => html`<li><a href="${opening.apply_url}">${opening.title ?? opening.id}</a>${openingPlace(opening)}</li>`)}</ul>`;
}

/** The ATS departments the site has no department for, each as a section after the site's own. */
export function atsOnlyDepartments(groups: readonly UnmatchedGroup[], knownNames: ReadonlySet<string>): SafeHtml[] {
  return groups.filter((group) => !knownNames.has(group.department.toLowerCase())).map((group, index) => {
    const id = `ats-department-${index + 1}`;
    return html`<section class="department-group ats-only" aria-labelledby="${id}">
<h2 id="${id}">${group.department} <span class="count">(${group.openings.length})</span></h2>
${atsOpeningsList(group.openings, `${id}-openings`)}
</section>`;
  });
}

/** The unmatched openings filed under a department of this name (compared without letter case). */
export function atsOpeningsOf(groups: readonly UnmatchedGroup[], departmentName: string): readonly Opening[] {
  return groups.find((group) => group.department.toLowerCase() === departmentName.toLowerCase())?.openings ?? [];
}

function openingPlace(opening: Opening): SafeHtml | null {
  const where = [...physicalLocations(opening), ...(opening.remote ? ['Remote'] : [])].join(' · ');
  return where === '' ? null : html` <span class="ats-opening-place">${where}</span>`;
}
