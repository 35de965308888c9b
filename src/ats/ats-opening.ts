import type { EMPLOYMENT_TYPES, SALARY_PERIODS } from '../model/front-matter-schema.ts';
import type { AtsOrigin, Opening } from '../model/role.ts';
import { sanitizeDescription } from './description.ts';

type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** What a provider module knows about one job, in the model's terms. */
export interface AtsJobFields {
  readonly origin: Omit<AtsOrigin, 'descriptionHtml'>;
  readonly title: string;
  readonly locations: readonly string[];
  readonly remote: boolean;
  readonly applicantCountries?: readonly string[];
  readonly employmentType: EmploymentType;
  readonly salary?: { readonly min: number; readonly max: number; readonly currency: string; readonly period: SalaryPeriod } | undefined;
  readonly applyUrl: string;
  /** Any date-time the API gives for when the job was published. */
  readonly posted: string | number;
  /** HTML as the API gives it (already decoded from entities). */
  readonly descriptionHtml: string;
}

/**
 * An opening made from an ATS job, or why the job cannot be one (no readable date, no http(s) link).
 * The id is prefixed with the provider, so it never clashes with a front-matter id.
 */
export function atsOpening(job: AtsJobFields): Opening | string {
  const posted = calendarDate(job.posted);
  if (posted === '') return `job ${job.origin.jobId} has no readable publication date`;
  if (!/^https?:\/\//i.test(job.applyUrl) || !URL.canParse(job.applyUrl)) return `job ${job.origin.jobId} has no http(s) link to apply at`;
  const salary = job.salary && job.salary.min > 0 && job.salary.max >= job.salary.min && /^[A-Z]{3}$/.test(job.salary.currency) ? job.salary : undefined;
  return {
    id: `${job.origin.provider}-${job.origin.jobId.replace(/[^A-Za-z0-9_-]/g, '-')}`,
    title: job.title.trim(),
    locations: job.locations.map((l) => l.trim()).filter((l) => l !== ''),
    remote: job.remote,
    applicant_countries: (job.applicantCountries ?? []).filter((c) => /^[A-Z]{2}$/.test(c)),
    employment_type: job.employmentType,
    ...(salary ? { salary: { min: salary.min, max: salary.max, currency: salary.currency, period: salary.period } } : {}),
    apply_url: job.applyUrl,
    date_posted: posted,
    ats: { ...job.origin, descriptionHtml: sanitizeDescription(job.descriptionHtml) },
  };
}

/** The UTC calendar day of a date-time (ISO text or milliseconds), as YYYY-MM-DD; an unreadable one gives "". */
export function calendarDate(value: string | number): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** The employment type a free-text label such as "Full-time" or "Contract" names; unknown labels are "OTHER". */
export function employmentTypeOf(label: string | null | undefined): EmploymentType {
  if (!label) return 'FULL_TIME';
  const words = label.toLowerCase();
  if (/\bintern/.test(words)) return 'INTERN';
  if (/\bpart[\s-]?time/.test(words)) return 'PART_TIME';
  if (/\bfull[\s-]?time|\bpermanent/.test(words)) return 'FULL_TIME';
  if (/\bcontract|\bfreelance/.test(words)) return 'CONTRACTOR';
  if (/\btemp|\bfixed[\s-]?term|\bseasonal/.test(words)) return 'TEMPORARY';
  if (/\bvolunteer/.test(words)) return 'VOLUNTEER';
  return 'OTHER';
}

/** True when the text says the work is remote ("Remote", "Remote - EU", "Anywhere"). */
export function saysRemote(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && /\b(remote|anywhere|work from home)\b/i.test(text);
}
