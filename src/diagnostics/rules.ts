import type { Diagnostic, Position, Severity } from './diagnostic.ts';

/** What the catalogue knows about a rule: its default severity, what it means and how to fix it. */
export interface RuleInfo {
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly summary: string;
  /** The default fix, shown when a finding has no more specific hint. */
  readonly hint: string;
}

/** Every rule the generator reports. docs/rules.md is generated from this table. */
export const RULES = {
  'file/unreadable': { severity: 'error', summary: 'The file could not be read.', hint: 'Check that the file exists, is a regular file and is not a broken or looping symbolic link.' },
  'file/not-regular': { severity: 'warning', summary: 'A page name (`.md`) that is not a regular file but a named pipe, a device or a socket; it is never opened, so it is not built.', hint: 'Replace it with the page as a regular file, or remove it.' },
  'file/outside-link': { severity: 'warning', summary: 'A symbolic link in the content folder to a folder or page outside it; what it leads to is published.', hint: 'Move what the link leads to into the content folder, or remove the link if publishing it was not meant.' },
  'file/encoding': { severity: 'error', summary: 'The file is not valid UTF-8 text.', hint: 'Save the file as UTF-8 (most editors have an "encoding" setting in the status bar).' },
  'file/empty': { severity: 'error', summary: 'The file is empty.', hint: 'Add front matter with at least a `title`, or delete the file.' },
  'file/too-large': { severity: 'error', summary: 'The file is larger than a job page can reasonably be.', hint: 'Split the page, or move long material into the handbook and link to it.' },
  'file/template': { severity: 'warning', summary: 'A page written for a template engine (`.md.erb`, `.html.md.erb`, `.md.haml`, …); templates are never run, so the page is not built.', hint: 'Commit the Markdown the template produces as a `.md` file, or remove the template code and rename it to `.md`.' },
  'file/control-character': { severity: 'error', summary: 'The text contains a control character (such as NUL or ESC) that web pages and feeds cannot carry.', hint: 'Delete the character; editors often show it as a box or `^@`. In YAML, remove escapes such as `\\0` or `\\e`.' },
  'front-matter/missing': { severity: 'error', summary: 'The page has no front matter: YAML between `---` lines (or Hugo\'s TOML between `+++` lines, or a JSON object).', hint: 'Start the file with a line `---`, then `title: "Role name"`, then a line `---`.' },
  'front-matter/absent': { severity: 'warning', summary: 'The page has no front matter; its title is read from its first heading.', hint: 'Start the file with a line `---`, then `title: "Role name"`, then a line `---`, and remove the heading: the title is shown as the page\'s heading.' },
  'front-matter/title-from-heading': { severity: 'warning', summary: 'The front matter has no `title`: the title is read from the heading the page opens with (as GitHub Pages does), or from Hugo\'s `linkTitle`.', hint: 'Add `title: "Role name"` to the front matter and remove the heading: the layout shows the title as the page\'s heading.' },
  'front-matter/language': { severity: 'error', summary: 'The front matter is not YAML (for example `---js`); code in content is never run.', hint: 'Open the front matter with a plain `---` line and write it in YAML.' },
  'front-matter/syntax': { severity: 'error', summary: 'The front matter is not valid YAML (or TOML, or JSON).', hint: 'Check indentation and quoting; a value containing `: ` or starting with a special character needs quotes.' },
  'front-matter/tag': { severity: 'error', summary: 'The front matter uses a YAML tag such as `!!js/function`; tags are not allowed.', hint: 'Remove the tag and write a plain value.' },
  'front-matter/aliases': { severity: 'error', summary: 'The front matter expands too many YAML aliases.', hint: 'Write values out instead of repeating anchors (`*name`).' },
  'front-matter/unindented-continuation': { severity: 'warning', summary: 'A quoted value goes on at the start of the next line; Ruby\'s and js-yaml\'s parsers accept it, stricter YAML parsers do not.', hint: 'Indent the lines that continue the value (two spaces are enough), or write the value on one line.' },
  'front-matter/duplicate-key': { severity: 'warning', summary: 'A front-matter key is given twice in one map; the last value is used, as Ruby\'s YAML reader (Jekyll, Middleman) used it, but stricter readers reject the page.', hint: 'Keep one of the two lines: remove the one whose value is not meant.' },
  'front-matter/draft': { severity: 'warning', summary: 'The page is a draft (Hugo\'s `draft: true` or Jekyll\'s `published: false`): it is checked, but not published.', hint: 'Remove `draft: true` (or `published: false`) when the page should go live.' },
  'front-matter/permalink': { severity: 'warning', summary: 'A Jekyll `permalink` that cannot be the page\'s path (it has placeholders such as `:title`, names a `.html` file, or is unsafe in a URL); the page is published at the URL of its file.', hint: 'Write the path as a folder, such as `permalink: /careers/backend-engineer/`, or remove `permalink`.' },
  'front-matter/not-a-map': { severity: 'error', summary: 'The front matter is not a set of `key: value` pairs.', hint: 'Write one `key: value` per line between the `---` lines.' },
  'front-matter/required': { severity: 'error', summary: 'A required key is missing.', hint: 'Add the key.' },
  'front-matter/type': { severity: 'error', summary: 'A value has the wrong type or form.', hint: 'Correct the value as the message says.' },
  'front-matter/unknown-key': { severity: 'warning', summary: 'A key that the generator does not know; it is ignored.', hint: 'Check the spelling against the content format reference in the README.' },
  'front-matter/unknown-layout': { severity: 'warning', summary: 'A `layout` value that is none of the known dialects; it is ignored.', hint: 'Use `job_page`, `job_family_page` or `markdown_page`, or remove `layout`.' },
  'content/title-whitespace': { severity: 'warning', summary: 'The title starts or ends with white space.', hint: 'Remove the spaces around the title.' },
  'content/empty-title': { severity: 'error', summary: 'The title is empty.', hint: 'Give the role a title.' },
  'content/required-section': { severity: 'warning', summary: 'A section the settings require (by default Responsibilities and Requirements) is missing.', hint: 'Add a heading such as `## Requirements` with its content, or change `required_sections` in the settings.' },
  'content/level-order': { severity: 'warning', summary: 'Levels are not listed in order of job grade, lowest grade first.', hint: 'List the levels from the lowest grade to the highest, or correct the grade.' },
  'content/grade-range': { severity: 'error', summary: 'A level has a job grade outside the range set by `grades: {min, max}` in the settings.', hint: 'Correct the grade, or change `grades` in the settings.' },
  'content/placeholder': { severity: 'warning', summary: 'Placeholder text is left in the page: `TODO`, `TBD`, `XXX`, `lorem ipsum` or an `_add …_` instruction.', hint: 'Replace the placeholder with the real text, or remove it.' },
  'content/empty-section': { severity: 'warning', summary: 'A heading with nothing under it: the next heading is of the same or a higher level, or the page ends.', hint: 'Write the section, or remove the heading.' },
  'content/duplicate-title': { severity: 'warning', summary: 'Two roles have the same title, so candidates cannot tell them apart.', hint: 'Make the titles differ (by team, specialty or level), or remove one page and list its URL in the other\'s `redirect_from`.' },
  'content/heading-skip': { severity: 'warning', summary: 'A heading skips a level (such as `##` followed by `####`), which breaks the outline screen readers navigate by.', hint: 'Use the next level down: `###` under `##` (the page title is the only level 1).' },
  'markdown/raw-html': { severity: 'warning', summary: 'Raw HTML in a page is not rendered (it could carry scripts); only `<br>`, anchors (`<a id="…">`) and `<details>`/`<summary>` around Markdown are.', hint: 'Write it in Markdown instead: a blank line for `<br>`, a link for an embed.' },
  'markdown/too-deep': { severity: 'error', summary: 'The Markdown nests block quotes, lists, brackets or emphasis too deeply to be rendered safely.', hint: 'Flatten the structure: a job page needs a few levels of lists or quotes, never dozens.' },
  'markdown/shortcode': { severity: 'warning', summary: 'A Hugo shortcode the generator does not render (only `ref`/`relref`, tables of contents and containers such as `alert` or `note` are); it is left out of the page.', hint: 'Write it in Markdown instead: a link for an embed, a block quote for a call-out.' },
  'markdown/template-tag': { severity: 'warning', summary: 'A Liquid tag (`{% include … %}`, `{{ page.title }}`) written for Jekyll or Eleventy; templates are never run, so the tag is left out of the page (the text between `{% if %}` and `{% endif %}` is kept).', hint: 'Write the text the tag stood for in Markdown: the included text itself, a link instead of `{{ site.baseurl }}`.' },
  'markdown/mdx-code': { severity: 'warning', summary: 'An `import` or `export` block in an MDX page (`.mdx`); MDX code is never run, so the block is left out of the page, and the components it imports are reported as raw HTML.', hint: 'Nothing needs fixing for the site to build; to keep the page plain Markdown, remove the block and the components it brings in.' },
  'url/duplicate': { severity: 'error', summary: 'Two pages have the same URL.', hint: 'Rename one file or change its `canonical_path`.' },
  'url/case-collision': { severity: 'error', summary: 'Two URLs differ only in letter case; they collide on case-insensitive file systems.', hint: 'Rename one page so the URLs differ by more than case.' },
  'url/reserved': { severity: 'error', summary: 'A page or redirect would overwrite a page or file the build generates (the front page, a department page, a feed…).', hint: 'Move the page to another path or change its `canonical_path`.' },
  'url/slugged': { severity: 'warning', summary: 'A file or folder name that is not safe in a URL (capitals, spaces, commas, `&`…) is published at a URL made from it: lower case, other characters turned to hyphens.', hint: 'Rename the file or folder to the URL it gets (lower-case letters, digits and hyphens), or set `canonical_path`.' },
  'url/unsafe': { severity: 'error', summary: 'A URL path that could escape the site or is not a plain path.', hint: 'Use a root-relative path of lowercase words and hyphens, such as `/engineering/backend-engineer/`.' },
  'opening/expired': { severity: 'warning', summary: 'An opening whose `valid_through` date has passed; it is left off the site.', hint: 'Remove the opening, or move `valid_through` to a later date.' },
  'opening/dates': { severity: 'error', summary: 'An opening closes before it is posted.', hint: 'Make `valid_through` later than `date_posted`.' },
  'openings/pay-transparency': { severity: 'error', summary: 'An opening with no `salary` is advertised where a pay-transparency law requires a pay range in the posting (an error for laws in force; a warning for the EU directive, which allows giving it before the interview).', hint: 'Add `salary: {min, max, currency}` to the opening; where the law allows it and you do, set `pay_range_shared_before_interview: true`. docs/language.md lists the laws.' },
  'language/inconsiderate': { severity: 'warning', summary: 'Wording that may exclude or offend: gendered words for the person hired (`he`, `his`), "manpower", "chairman" and others retext-equality knows.', hint: 'Use the neutral word the message suggests, or rephrase; address the candidate as "you".' },
  'language/profanity': { severity: 'warning', summary: 'A word retext-profanities knows as profane or offensive in its common sense.', hint: 'Rephrase without the word.' },
  'language/gender-coded': { severity: 'warning', summary: 'A masculine- or feminine-coded word (Gaucher, Friesen & Kay 2011), flagged where it occurs. Off unless `rules:` gives it a severity: on real pages most are plain words such as "support" and "lead".', hint: 'Describe the work instead of a trait ("you will weigh options and choose one" rather than "decisive"), or add the word to `wording.allow` when it names the work itself.' },
  'language/gender-balance': { severity: 'warning', summary: 'The page uses more masculine- than feminine-coded words (and at least three), which Gaucher, Friesen & Kay (2011) found makes women find a job less appealing; reported once per page.', hint: 'Replace some masculine-coded words with plain descriptions of the work; set `language/gender-coded: warning` in `rules:` to see where each one is.' },
  'language/age-coded': { severity: 'warning', summary: 'Age-coded wording about the person hired: "young", "energetic", "digital native", "recent graduate".', hint: 'Describe the skills and the level of experience the job needs instead.' },
  'language/jargon-title': { severity: 'warning', summary: 'A jargon title such as "rockstar", "ninja", "guru" or "wizard".', hint: 'Use the role\'s real title, or "expert" or "specialist".' },
  'language/readability': { severity: 'warning', summary: 'The page\'s Flesch reading ease is below the site\'s minimum (`wording.min_reading_ease`); reported once per page.', hint: 'Shorten long sentences and prefer short, common words; a list of short items reads more easily than one long sentence.' },
  'settings/syntax': { severity: 'error', summary: 'The settings file is not valid YAML.', hint: 'Check indentation and quoting.' },
  'settings/invalid': { severity: 'error', summary: 'A setting has the wrong type or form.', hint: 'Correct the setting as the message says; the README lists every setting.' },
  'settings/unknown-key': { severity: 'warning', summary: 'A setting that the generator does not know; it is ignored.', hint: 'Check the spelling against the settings reference in the README.' },
  'settings/no-origin': { severity: 'warning', summary: 'No `origin` is set, so no absolute URL can be made: pages get no canonical link, and no sitemap or feeds are written.', hint: 'Add `origin: "https://careers.example.com"` (where the site is published) to the settings.' },
  'settings/low-contrast': { severity: 'warning', summary: 'A brand colour has less than the 4.5:1 contrast with the page background that WCAG AA asks of text, in light or dark mode.', hint: 'Choose a darker colour for light mode, or set `brand.dark` to a lighter one for dark mode.' },
  'layouts/unknown': { severity: 'warning', summary: 'A module in the `layouts` folder whose name is none of the layouts it can replace; it is not used.', hint: 'Name it after the layout it replaces: base.js, index.js, department.js, not-found.js, role.js or redirect.js.' },
  'layouts/invalid': { severity: 'error', summary: 'A module in the `layouts` folder that cannot be loaded, or does not export the function of the layout it replaces.', hint: 'Export the function by the name and with the arguments of ours (role.js: `export function rolePage(role, context, options)`); the README describes the context.' },
  'settings/missing-file': { severity: 'error', summary: 'A file named in the settings (logo, favicon, stylesheet, layouts folder) does not exist.', hint: 'Correct the path; it is relative to the folder of the settings file.' },
  'link/empty': { severity: 'error', summary: 'A link with an empty target, such as `[text]()`; it goes nowhere.', hint: 'Write the URL between the parentheses, or remove the link.' },
  'link/malformed': { severity: 'error', summary: 'A link target that is not a valid URL.', hint: 'Check the URL for typos, spaces or a stray bracket.' },
  'link/unsafe-scheme': { severity: 'error', summary: 'A `javascript:` (or `vbscript:`, `data:`) link; the sanitiser removes it, so it does nothing.', hint: 'Link to a web page (https://…) instead.' },
  'link/missing-page': { severity: 'error', summary: 'A link to a page or file the site does not build.', hint: 'Check the path against the site (roles.json lists every page), or remove the link.' },
  'link/missing-fragment': { severity: 'error', summary: 'A `#fragment` link to a heading the target page does not have.', hint: 'Use the id of a heading on that page (the table of contents shows them), or link to the page without `#…`.' },
  'link/redirected': { severity: 'warning', summary: 'A link to an old URL (`redirect_from`) that redirects to the page\'s new URL.', hint: 'Link to the new URL directly.' },
  'link/external-broken': { severity: 'error', summary: 'An external link that answers with an error status (such as 404).', hint: 'Update the URL, link to an archived copy, or remove the link.' },
  'link/external-unreachable': { severity: 'error', summary: 'An external link whose server could not be reached or did not answer in time.', hint: 'Check the host name; if the site is only down for now, run the check again later.' },
  'cache/unusable': { severity: 'warning', summary: 'The page cache cannot be used (its folder is a file, or its file a folder), so the build parses every page.', hint: 'Remove what is in the way of the cache (`.careers-cache/` by default), choose another folder with `--cache`, or turn it off with `--no-cache`.' },
  'link/external-rate-limited': { severity: 'warning', summary: 'An external link whose server answered 429 Too Many Requests on every attempt, so it was not checked this run.', hint: 'Nothing to fix in the page: the link is checked again on the next run. If it keeps happening, check fewer links to that host at once (`--per-host 1`) or skip it with `--skip`.' },
  'link/external-redirect': { severity: 'warning', summary: 'An external link that permanently redirects (301 or 308) to another URL.', hint: 'Link to the new URL directly.' },
  'ats/unavailable': { severity: 'warning', summary: 'The applicant-tracking system could not be reached, did not answer in time or answered with an error; the build used its last good answer, or no ATS openings.', hint: 'Check `ats` in the settings and the network (and `HTTPS_PROXY`); the next build tries again.' },
  'ats/malformed': { severity: 'warning', summary: 'The applicant-tracking system answered with data that is not the job-board format its API documents.', hint: 'Check that `ats.provider` names the system the board belongs to, and `ats.api_url` if set.' },
  'ats/unmatched-job': { severity: 'warning', summary: 'A job in the applicant-tracking system matches no role page, so it is listed on the index without a family page.', hint: 'Add a page for the job family, or list the job\'s title in `ats_titles` of the role it belongs to.' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** Makes a diagnostic for `rule`, taking its severity and (unless given) its hint from the catalogue. */
export function diagnostic(rule: RuleId, file: string, at: Position, message: string, hint?: string): Diagnostic {
  const info: RuleInfo = RULES[rule];
  return { file, line: at.line, column: at.column, severity: info.severity, rule, message, hint: hint ?? info.hint };
}
