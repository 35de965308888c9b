import { OPENINGS_TITLE_ID } from '../src/model/page-ids.ts';
import type { Opening, Role } from '../src/model/role.ts';
import { countryName } from './structured-data/countries.ts';
import { openingAnchor, openingTitle, physicalLocations } from './opening-text.ts';
import { SITE_FILES } from '../src/model/site-paths.ts';
import { html, trusted, type SafeHtml } from './html.ts';
import { dateTime, employmentType, salaryRange } from './format.ts';
import type { LayoutContext } from './page-data.ts';
import { uiText } from './ui-strings.ts';


/**
 * The open positions of a role, each with everything a candidate weighs before applying. Each value
 * the JobPosting JSON-LD states is shown here; `<data>` and `<time>` keep its exact form beside the words.
 */
export function openingsSection(role: Role, { site }: LayoutContext): SafeHtml {
  const language = site.settings.language;
  return html`<section class="openings" aria-labelledby="${OPENINGS_TITLE_ID}">
<h2 id="${OPENINGS_TITLE_ID}">${uiText(site.settings, 'open_positions')}</h2>
<ul class="opening-list">${role.openings.map((opening) => openingItem(role, opening, language, uiText(site.settings, 'apply')))}</ul>
</section>`;
}

function openingItem(role: Role, opening: Opening, language: string, apply: string): SafeHtml {
  const title = openingTitle(opening, role.title);
  const places = physicalLocations(opening);
  const fact = (term: string, value: SafeHtml | string, wide = false): SafeHtml => html`\n<div${wide ? html` class="wide"` : null}><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`<li class="opening" id="${openingAnchor(opening)}">
<h3>${title}</h3>
<dl class="opening-facts">${[
    places.length > 0 ? fact(places.length === 1 ? 'Location' : 'Locations', places.join('; '), places.join('; ').length > 30) : null,
    fact('Workplace', opening.remote ? html`<data value="TELECOMMUTE">Remote</data>` : 'On-site'),
    opening.remote && opening.applicant_countries.length > 0 ? fact('Open to applicants in', opening.applicant_countries.map((code) => countryName(code, language)).join(', '), opening.applicant_countries.length > 2) : null,
    fact('Employment', employmentType(opening.employment_type)),
    opening.salary ? fact('Salary', salaryRange(opening.salary, language), true) : null,
    fact('Posted', dateTime(opening.date_posted, language)),
    opening.valid_through ? fact('Apply by', dateTime(opening.valid_through, language)) : null,
    fact('Reference', opening.id),
  ]}</dl>
${opening.ats?.descriptionHtml ? html`<details class="opening-description"><summary>About this position<span class="visually-hidden">: ${title}</span></summary>\n${trusted(opening.ats.descriptionHtml)}\n</details>\n` : null}<p class="apply"><a class="button" href="${opening.apply_url}">${apply}<span class="visually-hidden"> for ${title}</span></a></p>
</li>`;
}

/** The apply link at the top of a role page: straight to the form for one opening, else to the list. */
export function applyCallout(role: Role, apply: string): SafeHtml {
  const only = role.openings.length === 1 ? role.openings[0] : undefined;
  if (only) return html`<p class="cta"><a class="button" href="${only.apply_url}">${apply}</a> <a href="#${openingAnchor(only)}">Details of the open position</a></p>`;
  return html`<p class="cta"><a class="button" href="#${OPENINGS_TITLE_ID}">See ${role.openings.length} open positions</a></p>`;
}

/** What a role without openings says instead: it is a job family, and how to hear of new openings. */
export function noOpeningsNote({ urls }: LayoutContext): SafeHtml {
  return html`<p class="no-openings">No open positions right now. This page describes the job family; follow the <a href="${urls.href(SITE_FILES.atomFeed)}">open positions feed</a> to hear when one opens.</p>`;
}
