import { UI_STRING_DOCS, UI_STRINGS, type UiStringId } from '../model/ui-strings.ts';

import { HANDBOOK_KEYS, HUGO_KEYS, JEKYLL_KEYS } from '../model/front-matter-schema.ts';

/** What a front-matter key means, for editors' hover text and docs/content-format.md. */
export interface KeyDoc {
  readonly description: string;
  /** A value as it is written in YAML. */
  readonly example?: string;
}

/**
 * Descriptions of every front-matter key, by path (`levels[].grade`). The structure comes from the zod
 * schema; only the words live here, and a test fails when a key is missing from either side.
 */
export const FRONT_MATTER_DOCS: Readonly<Record<string, KeyDoc>> = {
  title: { description: 'The name of the role, as candidates see it.', example: '"Senior Data Engineer"' },
  layout: { description: 'The layout of the site a page came from (`job_page`, `job_family_page` or `markdown_page`). Accepted so old pages build unchanged; every page is read the same way.', example: 'job_page' },
  summary: { description: 'One or two sentences shown in role lists and search results. Without it, `description` or the first paragraph is used.', example: '"Build the pipelines that move telemetry from antennas to customers."' },
  description: { description: 'The older name for `summary`, used when `summary` is absent.' },
  canonical_path: { description: 'The site path the page is published at, instead of the one its file path gives.', example: '/job-families/engineering/backend-engineer/' },
  department: { description: 'The department the role belongs to. Without it, the first folder of the page\'s path (after `jobs/` or `job-families/`) is used.', example: 'engineering' },
  redirect_from: { description: 'Old site paths that lead to this page: one path or a list. Use it when a page moves.', example: '["/jobs/backend-engineer/"]' },
  levels: { description: 'The levels of a job family, lowest grade first. Without it, levels are read from the page\'s headings.' },
  'levels[].title': { description: 'The name of the level.', example: '"Senior Data Engineer"' },
  'levels[].grade': { description: 'The job grade of the level, a whole number.', example: '7' },
  openings: { description: 'Positions open now. Each is shown on the page and published as a job posting for search engines; an opening past its `valid_through` date is left off.' },
  'openings[].id': { description: 'A stable id for the opening: letters, digits, `-` and `_`.', example: 'data-eng-emea-2026' },
  'openings[].title': { description: 'The title of this opening, when it differs from the role\'s.', example: '"Senior Data Engineer, EMEA"' },
  'openings[].locations': { description: 'Where the person can work: cities, regions or "Remote".', example: '["Berlin", "Remote"]' },
  'openings[].remote': { description: 'Whether the opening is fully remote.', example: 'true' },
  'openings[].applicant_countries': { description: 'For remote openings, the countries candidates may live in (ISO 3166 codes).', example: '["DE", "NL"]' },
  'openings[].employment_type': { description: 'The kind of contract, as search engines name it.', example: 'FULL_TIME' },
  'openings[].salary': { description: 'The pay range of the opening.' },
  'openings[].salary.min': { description: 'The lowest pay in the range.', example: '70000' },
  'openings[].salary.max': { description: 'The highest pay in the range.', example: '90000' },
  'openings[].salary.currency': { description: 'The currency (ISO 4217 code).', example: 'EUR' },
  'openings[].salary.period': { description: 'What the amounts are paid for.', example: 'YEAR' },
  'openings[].pay_range_shared_before_interview': { description: 'Set to `true` when every applicant is given the pay range before the interview. It meets the laws that allow that (the EU pay-transparency directive) instead of a `salary` in the posting; laws that require the range in the posting are still reported (rule openings/pay-transparency).', example: 'true' },
  'openings[].apply_url': { description: 'The http(s) address where candidates apply.', example: '"https://jobs.example.com/apply/data-eng-emea-2026"' },
  'openings[].date_posted': { description: 'The day the opening was posted, written YYYY-MM-DD.', example: '"2026-01-15"' },
  'openings[].valid_through': { description: 'The last day the opening is shown, written YYYY-MM-DD.', example: '"2026-03-31"' },
  ats_titles: { description: 'Titles or ids of jobs in the applicant-tracking system (`ats` in the settings) whose openings belong on this page, besides those titled like the role or one of its levels.', example: '["Platform Engineer (Ground Systems)", 4012345]' },
  extra_js: { description: 'Accepted from the sites these pages come from; it has no effect here.' },
  extra_css: { description: 'Accepted from the sites these pages come from; it has no effect here.' },
  aliases: { description: 'Hugo\'s name for `redirect_from`: old paths that lead to this page. A path without a leading `/` is relative to the page\'s folder.', example: '["old-name", "/jobs/old-name/"]' },
  weight: { description: 'Hugo\'s order of the pages in a folder, lowest first: the levels of a job family kept as a folder are listed in this order.', example: '10' },
  draft: { description: 'Hugo\'s draft flag: `true` keeps the page off the site (it is still checked, with a `front-matter/draft` warning).', example: 'true' },
  published: { description: 'Jekyll\'s flag: `false` keeps the page off the site, as `draft: true` does (it is still checked, with a `front-matter/draft` warning).', example: 'false' },
  url: { description: 'Hugo\'s name for `canonical_path`: the site path the page is published at. A path without a leading `/` is taken from the site\'s root.', example: '/jobs/data-engineer/' },
  slug: { description: 'Hugo\'s slug: the last part of the page\'s URL, in place of its file or folder name.', example: 'data-engineer' },
  permalink: { description: 'Jekyll\'s page path, used as `url` is when it is a plain folder path; one with placeholders (`:title`) or naming a `.html` file is a warning, and the page keeps the URL of its file.', example: '/careers/data-engineer/' },
  ...Object.fromEntries(HUGO_KEYS.map((key) => [key, { description: 'A key of Hugo\'s front matter, accepted so pages written for Hugo build unchanged; it has no effect here.' }])),
  ...Object.fromEntries(JEKYLL_KEYS.map((key) => [key, { description: 'A key of Jekyll\'s front matter (or of its common themes), accepted so pages written for Jekyll build unchanged; it has no effect here.' }])),
  ...Object.fromEntries(HANDBOOK_KEYS.map((key) => [key, { description: 'A key of GitLab\'s handbook, accepted so its pages build unchanged; it has no effect here.' }])),
};

/** Descriptions of the top-level settings in careers.config.yaml, for editors' hover text. */
export const SETTINGS_DOCS: Readonly<Record<string, string>> = {
  name: 'The site\'s name, shown in the header and page titles.',
  origin: 'Where the site is published, such as "https://careers.example.com" (no path). Without it (a warning, settings/no-origin) pages get no canonical link, the feeds use relative links and the sitemap lists nothing.',
  path_prefix: 'The path the site lives under, such as "/careers/".',
  language: 'The language of the pages, such as "en" or "en-GB".',
  organization: 'The organization that hires, for job postings in search engines.',
  edit_url: 'Base URL to which a page\'s path in the content folder is appended for "Edit this page".',
  external_links_skip: 'Regular expressions of external URLs that `links --external` never requests, such as hosts that need a login.',
  departments: 'Display names for department ids, such as `people: "People & Culture"`.',
  rules: 'Severity per rule id: `off`, `warning` or `error`. docs/rules.md lists every rule.',
  required_sections: 'Headings every role page should have (rule content/required-section). A heading that contains the name counts.',
  grades: 'The job grades levels may have (rule content/grade-range). Without it, grades are not checked.',
  wording: 'The wording rules (`language/…`, docs/language.md): `allow`, words and phrases that are never findings (such as a product named "Ninja"), and `min_reading_ease`, the lowest Flesch reading ease a page may have (default 30).',
  brand: 'The site\'s own look: `logo`, `color`, `accent`, `dark` (colours for dark mode), `favicon` and `stylesheet`. Paths are relative to the settings file; the files are copied into the site under /assets/brand/.',
  'brand.logo': 'The logo in the header: an http(s) URL, or an image file (.svg, .png, .jpg, .webp, …) relative to the settings file.',
  'brand.color': 'The colour of links and buttons, "#rgb" or "#rrggbb". Below 4.5:1 contrast with the page background it is a warning (settings/low-contrast).',
  'brand.accent': 'The colour of the site name and the band above the header, "#rgb" or "#rrggbb"; checked for contrast like `color`.',
  'brand.dark': 'The `color` and `accent` to use in dark mode; without them the light ones are used there too, and checked against the dark background.',
  'brand.favicon': 'The site\'s icon (.svg, .png or .ico) relative to the settings file; without it, ours.',
  'brand.stylesheet': 'A stylesheet (.css) relative to the settings file, linked after ours so that its rules win.',
  layouts: 'A folder relative to the settings file whose modules replace our layouts of the same name: base.js, index.js, department.js, not-found.js, role.js, redirect.js (see the README). They run as code at build time.',
  ui: 'The layouts\' own words, for a site in another language, such as `open_positions: "Offene Stellen"`. Keys not given keep their English text.',
  ...Object.fromEntries(Object.entries(UI_STRING_DOCS).map(([key, doc]) => [`ui.${key}`, `${doc} Default: "${UI_STRINGS[key as UiStringId]}".`])),
  ats: 'The applicant-tracking system whose public job board lists the open positions: `provider` (greenhouse, lever or ashby), `board`, and optionally `api_url`.',
};

/** A complete front matter, shown in docs/content-format.md and checked against the schema by the tests. */
export const EXAMPLE_FRONT_MATTER = `title: "Senior Data Engineer"
summary: "Build the pipelines that move telemetry from antennas to customers."
department: engineering
redirect_from:
  - /jobs/data-engineer/
levels:
  - title: "Data Engineer"
    grade: 6
  - title: "Senior Data Engineer"
    grade: 7
openings:
  - id: data-eng-emea-2026
    title: "Senior Data Engineer, EMEA"
    locations: ["Remote"]
    remote: true
    applicant_countries: ["DE", "NL", "PT"]
    employment_type: FULL_TIME
    salary:
      min: 70000
      max: 90000
      currency: EUR
    apply_url: "https://jobs.example.com/apply/data-eng-emea-2026"
    date_posted: "2026-01-15"
    valid_through: "2026-03-31"
`;
