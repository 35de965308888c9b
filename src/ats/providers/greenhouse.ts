import { z } from 'zod';
import { apiAddress, collectOpenings, firstIssue, type AtsClient } from '../ats-client.ts';
import { atsOpening, employmentTypeOf, saysRemote } from '../ats-opening.ts';
import { decodeEntities } from '../description.ts';

const named = z.looseObject({ name: z.string().nullish() });

/** A job as `GET /v1/boards/{board}/jobs?content=true` documents it; only the fields read are checked. */
const GreenhouseJob = z.looseObject({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  absolute_url: z.string(),
  updated_at: z.string().nullish(),
  first_published: z.string().nullish(),
  location: named.nullish(),
  content: z.string().nullish(),
  departments: z.array(named).nullish(),
  offices: z.array(named).nullish(),
  metadata: z.array(z.looseObject({ name: z.string().nullish(), value: z.unknown() })).nullish(),
  pay_input_ranges: z.array(z.looseObject({
    min_cents: z.number(),
    max_cents: z.number(),
    currency_type: z.string(),
  })).nullish(),
});

const GreenhouseBoard = z.looseObject({ jobs: z.array(GreenhouseJob) });

/** The hosts of Greenhouse's own job boards, whose job pages carry the application form. */
const BOARD_HOSTS = /^(boards|job-boards)(\.eu)?\.greenhouse\.io$/;

/** Greenhouse's Job Board API: public, one request lists every published job with its HTML content. */
export const greenhouse: AtsClient = {
  provider: 'greenhouse',
  name: 'Greenhouse',
  url: (board, apiUrl) => apiAddress(apiUrl ?? 'https://boards-api.greenhouse.io', `/v1/boards/${encodeURIComponent(board)}/jobs`, '?content=true'),
  parse(body) {
    const result = GreenhouseBoard.safeParse(body);
    if (!result.success) return { ok: false, problem: firstIssue(result.error) };
    return collectOpenings(result.data.jobs.map((job) => {
      const location = job.location?.name ?? '';
      const ranges = job.pay_input_ranges ?? [];
      const currency = ranges[0]?.currency_type;
      // Several ranges (by region or level) become one span, but only when they are in one currency.
      const salary = currency !== undefined && ranges.every((r) => r.currency_type === currency)
        ? { min: Math.min(...ranges.map((r) => r.min_cents)) / 100, max: Math.max(...ranges.map((r) => r.max_cents)) / 100, currency, period: 'YEAR' as const }
        : undefined;
      const employment = job.metadata?.find((m) => /employment type/i.test(m.name ?? ''))?.value;
      return atsOpening({
        origin: { provider: 'greenhouse', jobId: String(job.id), department: job.departments?.[0]?.name?.trim() || null, directApply: isBoardPage(job.absolute_url) },
        title: job.title,
        locations: location.split(/\s*;\s*/).filter((l) => l !== ''),
        remote: saysRemote(location),
        employmentType: employmentTypeOf(typeof employment === 'string' ? employment : null),
        salary,
        applyUrl: job.absolute_url,
        posted: job.first_published ?? job.updated_at ?? '',
        // The API sends the HTML escaped as text (`&lt;p&gt;`): decode it once, then sanitise it.
        descriptionHtml: decodeEntities(job.content ?? ''),
      });
    }));
  },
};

function isBoardPage(url: string): boolean {
  return URL.canParse(url) && BOARD_HOSTS.test(new URL(url).hostname);
}
