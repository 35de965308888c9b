import { diagnostic } from '../diagnostics/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * How deep a page body may nest block quotes and lists, brackets, or emphasis. Real pages use a few
 * levels. remark's parser slows down cubically with nesting (1 000 nested list items in 1 MB take
 * half a minute) and its later stages recurse once per level, overflowing the stack near 1 000 levels.
 */
export const MAX_NESTING = 50;

const DELIMITER = /[*_~]/;
const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ORDERED_MARKER = /^\d{1,9}[.)](?=[ \t]|$)/;

/**
 * Finds the first place where the body nests deeper than remark can safely parse and render, by a
 * linear scan of the text (it must run before the parser, which is what would hang). It estimates
 * from above: block nesting from the markers and indentation that open each line, bracket and emphasis
 * nesting from unmatched openers within a paragraph. `bodyLine` is the file line the body starts on.
 */
export function checkBodyNesting(body: string, file: string, bodyLine: number): Diagnostic | undefined {
  const lines = body.split('\n');
  let brackets = 0;
  let emphasis = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const report = (column: number, what: string): Diagnostic =>
      diagnostic('markdown/too-deep', file, { line: bodyLine + index, column }, `${what} are nested more than ${MAX_NESTING} levels deep here; the page is not rendered.`);
    if (line.trim() === '' || THEMATIC_BREAK.test(line)) {
      brackets = 0;
      emphasis = 0;
      continue;
    }
    const prefix = blockPrefix(line);
    if (prefix.tooDeepAt !== undefined) return report(prefix.tooDeepAt + 1, 'Block quotes and lists');
    // Brackets and emphasis never reach across list items, headings or table rows.
    if (prefix.startsItem || /^[#|]/.test(line.slice(prefix.end))) {
      brackets = 0;
      emphasis = 0;
    }
    for (let i = prefix.end; i < line.length; i++) {
      const c = line[i] ?? '';
      if (c === '\\') {
        i++;
      } else if (c === '[') {
        if (++brackets > MAX_NESTING) return report(i + 1, 'Brackets');
      } else if (c === ']') {
        brackets = Math.max(0, brackets - 1);
      } else if (DELIMITER.test(c)) {
        const stretch = delimiterStretch(line, i);
        if (stretch.runs > MAX_NESTING) return report(i + 1, 'Emphasis markers');
        emphasis = Math.max(0, emphasis + stretch.opens);
        if (emphasis > MAX_NESTING) return report(i + 1, 'Emphasis markers');
        i = stretch.end - 1;
      }
    }
  }
  return undefined;
}

/** The container markers (`>`, list bullets and numbers) and indentation that open a line. */
function blockPrefix(line: string): { end: number; startsItem: boolean; tooDeepAt: number | undefined } {
  let markers = 0;
  let columns = 0;
  let startsItem = false;
  let i = 0;
  while (i < line.length) {
    const start = i;
    const c = line[i] ?? '';
    if (c === ' ' || c === '\t') {
      columns += c === '\t' ? 4 : 1;
      i++;
    } else if (c === '>') {
      markers++;
      i = afterMarker(line, i + 1);
    } else if ('-+*'.includes(c) && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      markers++;
      startsItem = true;
      i = afterMarker(line, i + 1);
    } else {
      const ordered = ORDERED_MARKER.exec(line.slice(i, i + 11));
      if (!ordered) break;
      markers++;
      startsItem = true;
      i = afterMarker(line, i + ordered[0].length);
    }
    // A nested list needs at least two columns of indentation per level, a quote one `>`.
    if (markers + Math.floor(columns / 2) > MAX_NESTING) return { end: i, startsItem, tooDeepAt: start };
  }
  return { end: i, startsItem, tooDeepAt: undefined };
}

/** Skips the one space that belongs to a marker (`> `, `- `), so it is not counted as indentation. */
function afterMarker(line: string, i: number): number {
  return line[i] === ' ' || line[i] === '\t' ? i + 1 : i;
}

/**
 * A stretch of `*`, `_` and `~` starting at `start`: how many runs of one character it holds (each
 * run is a possible opener or closer) and how many levels of emphasis it can open (negative: close),
 * from CommonMark's flanking rules.
 */
function delimiterStretch(line: string, start: number): { end: number; runs: number; opens: number } {
  let end = start;
  let runs = 0;
  let opens = 0;
  while (end < line.length && DELIMITER.test(line[end] ?? '')) {
    const c = line[end];
    let runEnd = end;
    while (line[runEnd] === c) runEnd++;
    const before = end === 0 ? ' ' : line[end - 1] ?? ' ';
    const after = runEnd === line.length ? ' ' : line[runEnd] ?? ' ';
    const left = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
    const right = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
    // A run of n markers can open n/2 levels of strong emphasis; one that can both open and close changes nothing.
    if (left && !right) opens += runEnd - end;
    if (right && !left) opens -= runEnd - end;
    runs++;
    end = runEnd;
  }
  return { end, runs, opens };
}
