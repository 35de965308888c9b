import type { Opening } from '../src/model/role.ts';

/** Words for each schema.org employment type, as candidates read them. */
export const EMPLOYMENT_LABELS: Record<Opening['employment_type'], string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

/** Words for each salary period. */
export const PERIOD_LABELS: Record<NonNullable<Opening['salary']>['period'], string> = {
  HOUR: 'per hour',
  DAY: 'per day',
  WEEK: 'per week',
  MONTH: 'per month',
  YEAR: 'per year',
};

/** "Remote" and the like name no place, so they are not locations a map or JobPosting can use. */
const NOT_A_PLACE = /^\s*(remote|anywhere|worldwide|home[- ]based|work from home)\b/i;

/** The opening's locations that name a place (its offices), leaving out "Remote". */
export function physicalLocations(opening: Opening): string[] {
  return opening.locations.filter((location) => !NOT_A_PLACE.test(location));
}

/** The title of an opening: its own, else the role's. */
export function openingTitle(opening: Opening, roleTitle: string): string {
  return opening.title?.trim() || roleTitle;
}

/** The fragment id of an opening on its role page. */
export function openingAnchor(opening: Opening): string {
  return `opening-${opening.id}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** An amount of money with the site language's digit grouping: 95000 → "95,000". */
export function formatAmount(value: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat([language, 'en'], { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** The opening's facts as one line of plain text, for feeds: "Remote · Full-time · USD 95,000 – 125,000 per year". */
export function openingFacts(opening: Opening, language: string): string {
  const salary = opening.salary;
  return [
    ...physicalLocations(opening),
    ...(opening.remote ? ['Remote'] : []),
    EMPLOYMENT_LABELS[opening.employment_type],
    ...(salary ? [`${salary.currency} ${formatAmount(salary.min, language)}${salary.max === salary.min ? '' : ` – ${formatAmount(salary.max, language)}`} ${PERIOD_LABELS[salary.period]}`] : []),
    ...(opening.valid_through ? [`apply by ${opening.valid_through}`] : []),
  ].join(' · ');
}
