import { diagnostic } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import type { FrontMatterData } from '../model/front-matter-schema.ts';
import type { PositionedYaml } from '../yaml/validate-yaml.ts';
import { valuePosition } from '../yaml/yaml-position.ts';
import { readFrontMatter, type FrontMatter, type PageBody } from './front-matter.ts';
import { titleFromOpeningHeading } from './heading-title.ts';
import { validateFrontMatter } from './validate-front-matter.ts';

/**
 * What a page says about itself before its body: valid front matter (or, on a page without any, the
 * heading it opens with) and the title. When that fails, `body` is still given where the page's parts
 * could be told apart, so that the body can be checked in the same run.
 */
export type PageHeader =
  | { ok: true; data: FrontMatterData; yaml: PositionedYaml; body: PageBody; title: string; titleAt: Position; diagnostics: Diagnostic[] }
  | { ok: false; body: PageBody | undefined; diagnostics: Diagnostic[] };

/** Front matter for a page that has none: nothing to point at but the start of the file. */
export const NO_YAML: PositionedYaml = { data: {}, document: undefined, positionAt: () => FILE_START };

/** Reads and checks a page's front matter and title; never throws for bad content. */
export function readPageHeader(text: string, file: string): PageHeader {
  const split = readFrontMatter(text, file);
  if (!split.ok) {
    const heading = split.absent && split.body ? titleFromOpeningHeading(split.body) : undefined;
    if (heading === undefined) return { ok: false, body: split.body, diagnostics: split.diagnostics };
    // The layout shows the title as the page's heading, so the heading itself is left out of the body.
    const { title, at } = heading;
    const absent = diagnostic('front-matter/absent', file, at, `The page has no front matter; its title ${JSON.stringify(title)} is read from this heading.`);
    return { ok: true, data: { title }, yaml: NO_YAML, body: heading.rest, title, titleAt: at, diagnostics: [absent] };
  }
  const borrowed = untitled(split.frontMatter, file);
  const frontMatter = borrowed?.frontMatter ?? split.frontMatter;
  const body = { body: frontMatter.body, bodyLine: frontMatter.bodyLine };
  const validated = validateFrontMatter(frontMatter, file);
  const diagnostics = [...split.diagnostics, ...(borrowed ? [borrowed.diagnostic] : []), ...validated.diagnostics];
  if (!validated.ok) return { ok: false, body, diagnostics };
  const { data } = validated;
  const titleAt = borrowed?.at ?? valuePosition(frontMatter.document, ['title'], frontMatter.positionAt);
  const title = data.title.trim().replace(/\s+/g, ' ');
  if (title === '') {
    diagnostics.push(diagnostic('content/empty-title', file, titleAt, 'The title is empty.'));
    return { ok: false, body, diagnostics };
  }
  if (title !== data.title) {
    diagnostics.push(diagnostic('content/title-whitespace', file, titleAt, `The title ${JSON.stringify(data.title)} has extra white space; it is shown as ${JSON.stringify(title)}.`));
  }
  return { ok: true, data, yaml: frontMatter, body, title, titleAt, diagnostics };
}

/**
 * Front matter without a `title` (Jekyll pages often set only `layout`): the title is taken, with a
 * warning, from the heading the page opens with, which then leaves the body (as GitHub Pages'
 * jekyll-titles-from-headings reads it), or else from Hugo's `linkTitle`. Undefined when the front
 * matter has a title, or neither gives one (the schema then reports the missing `title`).
 */
function untitled(frontMatter: FrontMatter, file: string): { frontMatter: FrontMatter; at: Position; diagnostic: Diagnostic } | undefined {
  const data = frontMatter.data as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data['title'] !== undefined && data['title'] !== null)) return undefined;
  const heading = titleFromOpeningHeading(frontMatter);
  if (heading) {
    const message = `The front matter has no \`title\`; the title ${JSON.stringify(heading.title)} is read from this heading.`;
    return { frontMatter: { ...frontMatter, data: { ...data, title: heading.title }, ...heading.rest }, at: heading.at, diagnostic: diagnostic('front-matter/title-from-heading', file, heading.at, message) };
  }
  const linkTitle = data['linkTitle'];
  if (typeof linkTitle !== 'string' || linkTitle.trim() === '') return undefined;
  const at = valuePosition(frontMatter.document, ['linkTitle'], frontMatter.positionAt);
  const message = `The front matter has no \`title\`; its \`linkTitle\` ${JSON.stringify(linkTitle)} is used as the title.`;
  return { frontMatter: { ...frontMatter, data: { ...data, title: linkTitle } }, at, diagnostic: diagnostic('front-matter/title-from-heading', file, at, message) };
}
