import { z } from 'zod';
import { apiAddress, collectOpenings, firstIssue, type AtsClient } from '../ats-client.ts';
import { atsOpening, employmentTypeOf, saysRemote } from '../ats-opening.ts';
import { escapeText } from '../description.ts';

/** A posting as `GET /v0/postings/{company}?mode=json` documents it; only the fields read are checked. */
const LeverPosting = z.looseObject({
  id: z.string(),
  text: z.string(),
  categories: z.looseObject({
    commitment: z.string().nullish(),
    department: z.string().nullish(),
    location: z.string().nullish(),
    team: z.string().nullish(),
    allLocations: z.array(z.string()).nullish(),
  }).nullish(),
  country: z.string().nullish(),
  workplaceType: z.string().nullish(),
  createdAt: z.number(),
  hostedUrl: z.string(),
  applyUrl: z.string().nullish(),
  description: z.string().nullish(),
  lists: z.array(z.looseObject({ text: z.string(), content: z.string() })).nullish(),
  additional: z.string().nullish(),
  salaryRange: z.looseObject({ currency: z.string(), interval: z.string(), min: z.number(), max: z.number() }).nullish(),
});

/** Lever's salary intervals as its API spells them, by the model's periods; `one-time` has none. */
const INTERVALS = { 'per-year-salary': 'YEAR', 'per-month-salary': 'MONTH', 'per-week-salary': 'WEEK', 'per-day-wage': 'DAY', 'per-hour-wage': 'HOUR' } as const;

/** Lever's Postings API: public, one request lists every published posting (a bare JSON array). */
export const lever: AtsClient = {
  provider: 'lever',
  name: 'Lever',
  url: (board, apiUrl) => apiAddress(apiUrl ?? 'https://api.lever.co', `/v0/postings/${encodeURIComponent(board)}`, '?mode=json'),
  parse(body) {
    const result = z.array(LeverPosting).safeParse(body);
    if (!result.success) return { ok: false, problem: firstIssue(result.error) };
    return collectOpenings(result.data.map((posting) => {
      const categories = posting.categories ?? {};
      const locations = categories.allLocations && categories.allLocations.length > 0 ? categories.allLocations : categories.location ? [categories.location] : [];
      const remote = posting.workplaceType === 'remote' || (posting.workplaceType !== 'on-site' && posting.workplaceType !== 'hybrid' && saysRemote(categories.location));
      const range = posting.salaryRange;
      const period = range ? INTERVALS[range.interval as keyof typeof INTERVALS] : undefined;
      return atsOpening({
        origin: { provider: 'lever', jobId: posting.id, department: categories.department?.trim() || categories.team?.trim() || null, directApply: Boolean(posting.applyUrl) },
        title: posting.text,
        locations,
        remote,
        applicantCountries: remote && posting.country ? [posting.country.toUpperCase()] : [],
        employmentType: employmentTypeOf(categories.commitment),
        salary: range && period ? { min: range.min, max: range.max, currency: range.currency, period } : undefined,
        // The application form, where candidates apply; the posting page when the API gives no form.
        applyUrl: posting.applyUrl ?? posting.hostedUrl,
        posted: posting.createdAt,
        descriptionHtml: [
          posting.description ?? '',
          ...(posting.lists ?? []).map((list) => `<h3>${escapeText(list.text)}</h3><ul>${list.content}</ul>`),
          posting.additional ?? '',
        ].join('\n'),
      });
    }));
  },
};
