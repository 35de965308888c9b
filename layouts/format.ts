import type { Opening } from '../src/model/role.ts';
import { EMPLOYMENT_LABELS, formatAmount, PERIOD_LABELS } from './opening-text.ts';
import { html, type SafeHtml } from './html.ts';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "1 role", "3 roles". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A YYYY-MM-DD date as readable text; `datetime` keeps the exact value (the JSON-LD repeats it). */
export function dateTime(isoDate: string, language: string): SafeHtml {
  let format = dateFormats.get(language);
  if (!format) {
    // UTC: the date is a calendar date, and the build machine's time zone must not shift it.
    format = new Intl.DateTimeFormat([language, 'en'], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return html`<time datetime="${isoDate}">${format.format(new Date(`${isoDate}T00:00:00Z`))}</time>`;
}

/** The employment type as words, with the schema.org value kept in `<data>`. */
export function employmentType(type: Opening['employment_type']): SafeHtml {
  return html`<data value="${type}">${EMPLOYMENT_LABELS[type]}</data>`;
}

/** "USD 95,000 – 125,000 per year", with each exact number kept in `<data>`. */
export function salaryRange(salary: NonNullable<Opening['salary']>, language: string): SafeHtml {
  const amount = (value: number): SafeHtml => html`<data value="${value}">${formatAmount(value, language)}</data>`;
  const range = salary.min === salary.max ? amount(salary.min) : html`${amount(salary.min)} – ${amount(salary.max)}`;
  return html`${salary.currency} ${range} <data value="${salary.period}">${PERIOD_LABELS[salary.period]}</data>`;
}
