import { z } from 'zod';
import { RULES } from '../diagnostics/rules.ts';
import { BrandSchema, repositoryFolder } from './brand-schema.ts';
import { UiStringsSchema } from './ui-strings.ts';
import { ATS_PROVIDERS } from './role.ts';

const origin = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as "https://careers.example.com"' })
  .refine((value) => { const u = new URL(value); return (u.pathname === '/' || u.pathname === '') && u.search === '' && u.hash === ''; }, { message: 'expected an origin without a path (put the path in `path_prefix`)' })
  .transform((value) => new URL(value).origin);

const pathPrefix = z.string().regex(/^\/([A-Za-z0-9._~-]+\/)*$/, 'expected a path that starts and ends with "/", such as "/careers/"');

const ruleSeverity = z.enum(['off', 'warning', 'error']);

/** Flesch reading ease below which rule `language/readability` reports a page (30 and below is "very difficult"). */
const DEFAULT_MIN_READING_EASE = 30;

/** The site settings file (`careers.config.yaml`). Every key is optional: a build works without the file. */
export const SettingsSchema = z.strictObject({
  name: z.string().min(1).default('Careers'),
  /** Without it, nothing absolute is written (no canonical links, sitemap or feeds): never a guessed host. */
  origin: origin.optional(),
  path_prefix: pathPrefix.default('/'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language tag such as "en" or "en-GB"').default('en'),
  organization: z.strictObject({
    name: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }).optional(),
    logo: z.url({ protocol: /^https?$/ }).optional(),
  }).optional(),
  /** Base URL to which a content file's path (relative to the content folder) is appended for "Edit this page". */
  edit_url: z.url({ protocol: /^https?$/ }).optional(),
  /** Display names for department ids, e.g. `people: "People & Culture"`. */
  departments: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)).default({}),
  /** Severity per rule id: `off`, `warning` or `error`. */
  /** Regular expressions of external URLs `links --external` never requests (flaky or login-only hosts). */
  external_links_skip: z.array(z.string().refine(isRegExp, { message: 'expected a valid regular expression' })).default([]),
  rules: z.partialRecord(z.enum(Object.keys(RULES) as [keyof typeof RULES, ...(keyof typeof RULES)[]]), ruleSeverity).default({}),
  /** Headings every role page should have (rule `content/required-section`); a heading that contains the name counts. */
  required_sections: z.array(z.string().trim().min(1)).default(['Responsibilities', 'Requirements']),
  /** The wording rules (`language/…`): words and phrases a site allows, and the lowest Flesch reading ease a page may have. */
  wording: z.strictObject({
    allow: z.array(z.string().trim().min(1)).default([]),
    min_reading_ease: z.number().min(-100).max(120).default(DEFAULT_MIN_READING_EASE),
  }).default({ allow: [], min_reading_ease: DEFAULT_MIN_READING_EASE }),
  /** The job grades levels may have (rule `content/grade-range`); without it, grades are not checked. */
  grades: z.strictObject({ min: z.number().int(), max: z.number().int() })
    .refine((g) => g.min <= g.max, { message: '`min` must not be larger than `max`', path: ['min'] })
    .optional(),
  /** The site's own logo, colours, favicon and stylesheet. */
  brand: BrandSchema.default({}),
  /** The layouts' own words, replaced for a site in another language. */
  ui: UiStringsSchema.default({}),
  /** A folder of the user's repository whose modules (`role.js`, …) replace our layouts of the same name. */
  layouts: repositoryFolder.optional(),
  /** The applicant-tracking system whose public job board lists the open positions; read at build time. */
  ats: z.strictObject({
    provider: z.enum(ATS_PROVIDERS),
    /** The board token (Greenhouse), company name (Lever) or job-board name (Ashby). */
    board: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected the board name as it appears in the job board\'s address, such as "acme"'),
    /** The API's address instead of the provider's public one, for a proxy or a test server; the board path is appended. */
    api_url: z.url({ protocol: /^https?$/ }).optional(),
  }).optional(),
});

export type Settings = z.output<typeof SettingsSchema>;

/** The settings a build uses when there is no settings file. */
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
