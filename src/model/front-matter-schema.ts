import { z } from 'zod';
import { unsafeUrlPathReason } from './url-path.ts';

/**
 * The front matter of a job page. This schema is the single source of truth: the `Role` model's
 * input types, the diagnostics and the published JSON Schema (for editors) all come from it.
 */

const text = z.string();
/** Optional text that real pages sometimes leave blank (`summary:`); blank is treated as absent. */
const optionalText = z.string().nullish();

const isoDate = z.string().refine(isCalendarDate, { message: 'expected a date written as YYYY-MM-DD' });

const sitePath = z.string().superRefine((value, ctx) => {
  const reason = unsafeUrlPathReason(value);
  if (reason !== undefined) ctx.addIssue({ code: 'custom', message: `"${value}" is not a safe site path: ${reason}` });
});

export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'] as const;
export const SALARY_PERIODS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
/** The `layout` values of the sites these pages come from; each is read the same way. */
export const KNOWN_LAYOUTS = ['job_page', 'job_family_page', 'markdown_page'] as const;

export const SalarySchema = z
  .strictObject({
    min: z.number().positive(),
    max: z.number().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "USD" or "EUR"'),
    period: z.enum(SALARY_PERIODS).default('YEAR'),
  })
  .refine((s) => s.min <= s.max, { message: '`min` must not be larger than `max`', path: ['min'] });

export const OpeningSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'expected an id of letters, digits, "-" and "_"'),
  title: optionalText,
  locations: z.array(text.min(1)).default([]),
  remote: z.boolean().default(false),
  applicant_countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code such as "US" or "DE"')).default([]),
  employment_type: z.enum(EMPLOYMENT_TYPES).default('FULL_TIME'),
  salary: SalarySchema.optional(),
  /** Every applicant gets the pay range before the interview; meets the laws that allow that instead of a range in the posting. */
  pay_range_shared_before_interview: z.boolean().optional(),
  apply_url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL where candidates apply' }),
  date_posted: isoDate,
  valid_through: isoDate.optional(),
});

export const LevelSchema = z.strictObject({
  title: text.min(1),
  grade: z.number().int().nullable().default(null),
});

/** A redirect as Hugo's `aliases` writes it: a site path, or a path relative to the page's folder. */
/** `true` or `false`, or the text of either, as Hugo and Jekyll read such flags. */
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);

const aliasPath = z.string().superRefine((value, ctx) => {
  const reason = unsafeUrlPathReason(value.startsWith('/') ? value : `/${value}`);
  if (reason !== undefined) ctx.addIssue({ code: 'custom', message: `"${value}" is not a safe site path: ${reason}` });
});

/**
 * Keys that only mean something to the engine of the site a page came from (Hugo's documented front-matter
 * fields, Jekyll's, and GitLab's handbook keys), accepted without a warning so such pages build as they are; they
 * have no effect here. `aliases`, `weight`, `draft`, `url`, `slug` and Jekyll's `permalink` and `published`, whose meaning carries over, are read above.
 */
export const HUGO_KEYS = [
  'build', 'cascade', 'categories', 'date', 'expiryDate', 'headless', 'isCJKLanguage', 'keywords', 'lastmod',
  'linkTitle', 'markup', 'menu', 'menus', 'outputs', 'params', 'publishDate', 'resources', 'sitemap', 'tags',
  'toc', 'translationKey', 'type',
] as const;
/** GitLab's handbook and its Docsy theme. */
export const HANDBOOK_KEYS = ['manual_cookiebot', 'no_list', 'hide_summary', 'hide_feedback', 'toc_hide', 'exclude_search'] as const;
/** Jekyll's own keys and those of its common themes (Minima, Just the Docs) that Hugo's list lacks. */
export const JEKYLL_KEYS = ['author', 'excerpt', 'grand_parent', 'has_children', 'image', 'last_modified_at', 'nav_exclude', 'nav_order', 'parent'] as const;
export const SOURCE_ENGINE_KEYS = [...HUGO_KEYS, ...JEKYLL_KEYS, ...HANDBOOK_KEYS] as const;

const sourceEngineKeys = Object.fromEntries(SOURCE_ENGINE_KEYS.map((key) => [key, z.unknown().optional()])) as Record<(typeof SOURCE_ENGINE_KEYS)[number], z.ZodOptional<z.ZodUnknown>>;

export const FrontMatterSchema = z.strictObject({
  title: text,
  layout: optionalText,
  summary: optionalText,
  description: optionalText,
  canonical_path: sitePath.optional(),
  department: optionalText,
  redirect_from: z.union([sitePath, z.array(sitePath)]).optional(),
  // Hugo's names: redirects to this page, and its place among the pages of its folder (lowest first).
  aliases: z.union([aliasPath, z.array(aliasPath)]).nullish(),
  weight: z.number().nullish(),
  // Hugo's: a draft is not published; `url` is the page's whole path, `slug` the last part of it.
  draft: flag.nullish(),
  // Jekyll's: `published: false` keeps a page off the site, as `draft: true` does.
  published: flag.nullish(),
  url: aliasPath.nullish(),
  // Jekyll's page path; one the generator cannot use is a warning where it is read, not an error.
  permalink: z.string().nullish(),
  slug: z.string().superRefine((value, ctx) => {
    const reason = value.includes('/') ? 'it must be one part of a path, without `/`' : unsafeUrlPathReason(`/${value}/`);
    if (reason !== undefined) ctx.addIssue({ code: 'custom', message: `"${value}" is not a safe slug: ${reason}` });
  }).nullish(),
  levels: z.array(LevelSchema).optional(),
  openings: z.array(OpeningSchema).optional(),
  /** Titles or ids of jobs in the applicant-tracking system that belong to this role (besides its own and its levels' titles). */
  ats_titles: z.array(z.union([text.trim().min(1), z.number().int().nonnegative()])).optional(),
  // Keys of the sites these pages come from, accepted so old pages build unchanged; they have no effect here.
  extra_js: z.union([text, z.array(text)]).nullish(),
  extra_css: z.union([text, z.array(text)]).nullish(),
  ...sourceEngineKeys,
});

export type FrontMatterData = z.output<typeof FrontMatterSchema>;
export type OpeningData = z.output<typeof OpeningSchema>;

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
