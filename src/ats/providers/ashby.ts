import { z } from 'zod';
import { apiAddress, collectOpenings, firstIssue, type AtsClient } from '../ats-client.ts';
import { atsOpening, employmentTypeOf } from '../ats-opening.ts';

const Component = z.looseObject({
  compensationType: z.string(),
  interval: z.string().nullish(),
  currencyCode: z.string().nullish(),
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
});

/** A job as `GET /posting-api/job-board/{name}?includeCompensation=true` documents it; only the fields read are checked. */
const AshbyJob = z.looseObject({
  id: z.string(),
  title: z.string(),
  department: z.string().nullish(),
  team: z.string().nullish(),
  employmentType: z.string().nullish(),
  location: z.string().nullish(),
  secondaryLocations: z.array(z.looseObject({ location: z.string() })).nullish(),
  isRemote: z.boolean().nullish(),
  workplaceType: z.string().nullish(),
  isListed: z.boolean().nullish(),
  publishedAt: z.string(),
  jobUrl: z.string(),
  applyUrl: z.string().nullish(),
  descriptionHtml: z.string().nullish(),
  compensation: z.looseObject({
    summaryComponents: z.array(Component).nullish(),
    compensationTiers: z.array(z.looseObject({ components: z.array(Component).nullish() })).nullish(),
  }).nullish(),
});

const AshbyBoard = z.looseObject({ jobs: z.array(AshbyJob) });

/** Ashby's intervals ("1 YEAR") by the model's periods. */
const INTERVALS = { '1 YEAR': 'YEAR', '1 MONTH': 'MONTH', '1 WEEK': 'WEEK', '1 DAY': 'DAY', '1 HOUR': 'HOUR' } as const;

/** Ashby's employment types as its API spells them. */
const EMPLOYMENT = { FullTime: 'FULL_TIME', PartTime: 'PART_TIME', Intern: 'INTERN', Contract: 'CONTRACTOR', Temporary: 'TEMPORARY' } as const;

/** Ashby's public Job Posting API: one request lists every job of the board, with compensation when asked for. */
export const ashby: AtsClient = {
  provider: 'ashby',
  name: 'Ashby',
  url: (board, apiUrl) => apiAddress(apiUrl ?? 'https://api.ashbyhq.com', `/posting-api/job-board/${encodeURIComponent(board)}`, '?includeCompensation=true'),
  parse(body) {
    const result = AshbyBoard.safeParse(body);
    if (!result.success) return { ok: false, problem: firstIssue(result.error) };
    // An unlisted job is reachable by its link but not meant to be advertised.
    return collectOpenings(result.data.jobs.filter((job) => job.isListed !== false).map((job) => {
      const compensation = job.compensation;
      const components = [...(compensation?.summaryComponents ?? []), ...(compensation?.compensationTiers ?? []).flatMap((tier) => tier.components ?? [])];
      const pay = components.find((c) => c.compensationType === 'Salary' && c.currencyCode && typeof c.minValue === 'number' && c.interval && c.interval in INTERVALS);
      return atsOpening({
        origin: { provider: 'ashby', jobId: job.id, department: job.department?.trim() || job.team?.trim() || null, directApply: Boolean(job.applyUrl) },
        title: job.title,
        locations: [job.location ?? '', ...(job.secondaryLocations ?? []).map((l) => l.location)],
        remote: job.isRemote === true || job.workplaceType === 'Remote',
        employmentType: EMPLOYMENT[job.employmentType as keyof typeof EMPLOYMENT] ?? employmentTypeOf(job.employmentType),
        salary: pay && pay.currencyCode && typeof pay.minValue === 'number'
          ? { min: pay.minValue, max: pay.maxValue ?? pay.minValue, currency: pay.currencyCode, period: INTERVALS[pay.interval as keyof typeof INTERVALS] }
          : undefined,
        applyUrl: job.applyUrl ?? job.jobUrl,
        posted: job.publishedAt,
        descriptionHtml: job.descriptionHtml ?? '',
      });
    }));
  },
};
