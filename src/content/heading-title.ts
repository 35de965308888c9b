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
/** A setext heading's text line (not indented as code, not another block's start) and its underline. */
const SETEXT_TEXT = /^( {0,3})(?![#>=]|[-*+](?:[ \t]|$)|\d+[.)](?:[ \t]|$)|```|~~~|<)(\S.*?)[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** Kramdown attribute lists after a heading: `{: #id .class}`, `{#id}`, `{.class}`. */
const KRAMDOWN_ATTRIBUTES = /\{:[^}]*\}|\{[#.][^}]*\}/g;
const parser = remark();

/**
 * The title a page gives in the heading it opens with (any level, `#` or underlined, after blank lines), as plain text:
 * emphasis, links, code marks, Kramdown attributes and HTML are dropped. Undefined when the page does
 * not open with a heading, or the heading has no text.
 */
export function titleFromOpeningHeading(page: PageBody): HeadingTitle | undefined {
  const lines = page.body.split('\n');
  const index = lines.findIndex((line) => line.trim() !== '');
  if (index === -1) return undefined;
  const atx = ATX_HEADING.exec(lines[index] ?? '');
  // `Title` over a line of `=` or `-`: one line of text only, as job pages write it.
  const setext = atx ? null : SETEXT_TEXT.exec(lines[index] ?? '');
  const heading = atx ? { indent: atx[1] ?? '', text: atx[2] ?? '', lines: 1 } : setext && SETEXT_UNDERLINE.test(lines[index + 1] ?? '') ? { indent: setext[1] ?? '', text: setext[2] ?? '', lines: 2 } : undefined;
  if (heading === undefined) return undefined;
  const written = heading.text.replace(KRAMDOWN_ATTRIBUTES, ' ');
  const title = toString(parser.parse(written) as Root, { includeHtml: false }).replace(/\s+/g, ' ').trim();
  if (title === '') return undefined;
  const line = page.bodyLine + index;
  return {
    title,
    at: { line, column: heading.indent.length + 1 },
    rest: { body: lines.slice(index + heading.lines).join('\n'), bodyLine: line + heading.lines },
  };
}
