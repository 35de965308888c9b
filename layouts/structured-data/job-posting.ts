import type { Opening, Role } from '../../src/model/role.ts';
import type { Settings } from '../../src/model/settings-schema.ts';
import { escapeHtml } from '../html.ts';
import { countryName } from './countries.ts';
import { openingTitle, physicalLocations } from '../opening-text.ts';
import { addressParts } from './postal-address.ts';

/** A schema.org JobPosting as Google reads it, or why the opening cannot honestly have one. */
export type JobPostingResult = { readonly ok: true; readonly data: Record<string, unknown> } | { readonly ok: false; readonly missing: string };

/** The organisation that hires: from the settings, else the site's name (both shown in the page footer). */
export function hiringOrganization(settings: Settings): Record<string, unknown> {
  const organization = settings.organization;
  return {
    '@type': 'Organization',
    name: organization?.name ?? settings.name,
    ...(organization?.url ? { sameAs: organization.url } : {}),
    ...(organization?.logo ? { logo: organization.logo } : {}),
  };
}

/**
 * JSON-LD for one open position. Every value comes from the page (the layouts show each one), and a
 * property is left out rather than guessed: an opening with no place and no applicant countries gets
 * no JobPosting at all, since Google requires one or the other.
 */
export function jobPosting(role: Role, opening: Opening, settings: Settings): JobPostingResult {
  const places = physicalLocations(opening);
  if (!opening.remote && places.length === 0) return { ok: false, missing: 'a location (an office, or `remote: true`)' };
  if (opening.remote && places.length === 0 && opening.applicant_countries.length === 0) return { ok: false, missing: '`applicant_countries` for a remote opening' };
  // An ATS job's own description (shown with the opening) says more about it than the family page.
  const description = opening.ats?.descriptionHtml || role.html.trim() || (role.summary ? `<p>${escapeHtml(role.summary)}</p>` : '');
  if (description === '') return { ok: false, missing: 'a description (the page body is empty)' };
  const salary = opening.salary;
  const organization = hiringOrganization(settings);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: openingTitle(opening, role.title),
    description,
    datePosted: opening.date_posted,
    ...(opening.valid_through ? { validThrough: opening.valid_through } : {}),
    employmentType: opening.employment_type,
    hiringOrganization: organization,
    ...(places.length > 0 ? { jobLocation: places.map((place) => ({ '@type': 'Place', address: { '@type': 'PostalAddress', ...addressParts(place) } })) } : {}),
    ...(opening.remote ? { jobLocationType: 'TELECOMMUTE' } : {}),
    ...(opening.remote && opening.applicant_countries.length > 0
      ? { applicantLocationRequirements: opening.applicant_countries.map((code) => ({ '@type': 'Country', name: countryName(code, settings.language) })) }
      : {}),
    ...(salary
      ? { baseSalary: { '@type': 'MonetaryAmount', currency: salary.currency, value: { '@type': 'QuantitativeValue', minValue: salary.min, maxValue: salary.max, unitText: salary.period } } }
      : {}),
    identifier: { '@type': 'PropertyValue', name: organization['name'], value: opening.id },
    // An ATS opening is applied for at the ATS: its link, and whether that page is the application form.
    ...(opening.ats ? { url: opening.apply_url, directApply: opening.ats.directApply } : {}),
  };
  return { ok: true, data };
}
