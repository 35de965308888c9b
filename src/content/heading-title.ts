import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import type { Position } from '../diagnostics/diagnostic.ts';
import type { PageBody } from './front-matter.ts';

/** A title read from a page's opening heading, where it is written, and the body that follows it. */
export interface HeadingTitle {
  readonly title: string;
  readonly at: Position;
  readonly rest: PageBody;
}

const ATX_HEADING = /^( {0,3})#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** Kramdown attribute lists after a heading: `{: #id .class}`, `{#id}`, `{.class}`. */
const KRAMDOWN_ATTRIBUTES = /\{:[^}]*\}|\{[#.][^}]*\}/g;
const parser = remark();

/**
 * The title a page gives in the heading it opens with (any level, after blank lines), as plain text:
 * emphasis, links, code marks, Kramdown attributes and HTML are dropped. Undefined when the page does
 * not open with a heading, or the heading has no text.
 */
export function titleFromOpeningHeading(page: PageBody): HeadingTitle | undefined {
  const lines = page.body.split('\n');
  const index = lines.findIndex((line) => line.trim() !== '');
  const match = index === -1 ? null : ATX_HEADING.exec(lines[index] ?? '');
  if (!match) return undefined;
  const written = (match[2] ?? '').replace(KRAMDOWN_ATTRIBUTES, ' ');
  const title = toString(parser.parse(written) as Root, { includeHtml: false }).replace(/\s+/g, ' ').trim();
  if (title === '') return undefined;
  const line = page.bodyLine + index;
  return {
    title,
    at: { line, column: (match[1] ?? '').length + 1 },
    rest: { body: lines.slice(index + 1).join('\n'), bodyLine: line + 1 },
  };
}
