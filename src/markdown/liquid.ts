import type { Position } from '../diagnostics/diagnostic.ts';
import { lineLocator } from '../diagnostics/positions.ts';
import { FILLER } from './shortcodes.ts';

/** Stands in for `{{ site.baseurl }}` in a link destination; the site's path prefix replaces it after parsing. */
export const BASE_URL = '\uE003';

// Every part is bounded, no two parts can match the same characters, and none runs past a `{%` or `{{`
// (or `%}`, `}}`), so each opening is tried over a few hundred characters at most: hostile lines stay fast.
const TAG_ARGS = String.raw`(?:[^\n{%]|\{(?!%)|%(?!\}))`;
const EXPRESSION = String.raw`(?:[^\n{}]|\{(?![{%])|\}(?!\}))`;
// `{{<` and `{{%` (and the `{%` inside `{{% … %}}`) are Hugo's: the shortcode pass owns them.
const TOKEN = new RegExp(String.raw`(?<!\{)\{%-?[ \t]*(#|[A-Za-z_]\w{0,40}(?!\w))(${TAG_ARGS}{0,400}?)-?%\}|\{\{(?![<%])-?(${EXPRESSION}{0,400}?)-?\}\}|(?<!\{)\{%|\{\{(?![<%])`, 'g');
const STRUCTURAL = new RegExp(String.raw`(?<!\{)\{%-?[ \t]*(raw|endraw|comment|endcomment)(?!\w)${TAG_ARGS}{0,400}?-?%\}`, 'g');
const FENCE = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])){0,100}(`{3,}|~{3,})([^\n]*)$/;
const BASE_EXPRESSION = /^[ \t]*(?:site\.(baseurl|url)|(["'])([^"'\s()<>]{0,300})\2[ \t]*\|[ \t]*(?:relative|absolute)_url)[ \t]*$/;
const BASE_TAGS = String.raw`(?:\{\{-?[ \t]*site\.(?:base)?url[ \t]*-?\}\})*$`;
const IN_LINK = new RegExp(String.raw`\]\([ \t]*<?${BASE_TAGS}`);
const IN_DEFINITION = new RegExp(String.raw`^[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]{1,20}<?${BASE_TAGS}`);
/** The page a `{% link … %}` names: one path, quoted or not. */
const LINKED_PAGE = /^[ \t]*(?:"([^"\s]{1,300})"|'([^'\s]{1,300})'|([^\s"'{}%]{1,300}))[ \t]*$/;
/** Block tags, by the kind of block each opens (the messages word each kind its own way). */
export const BLOCKS: ReadonlyMap<string, 'condition' | 'loop' | 'case' | 'capture'> = new Map([['if', 'condition'], ['unless', 'condition'], ['for', 'loop'], ['tablerow', 'loop'], ['case', 'case'], ['capture', 'capture']]);
/** Tags that divide a block (`{% else %}`). */
export const MIDDLES: ReadonlySet<string> = new Set(['else', 'elsif', 'when']);
const INCLUDES = new Set(['include', 'include_relative', 'render']);

export interface LiquidFinding extends Position {
  readonly problem: 'tag' | 'include' | 'block' | 'unclosed' | 'stray' | 'output' | 'link' | 'page-link' | 'unterminated';
  /** The tag as written, its spaces collapsed. */
  readonly tag: string;
  /** The tag's name, or an output's expression. */
  readonly name: string;
  /** What an include names, or the path a link's `relative_url` gives. */
  readonly target?: string;
}

export interface LiquidPrepass {
  /** The body with every Liquid tag replaced by text of the same length, so remark's columns are the file's. */
  readonly text: string;
  readonly findings: readonly LiquidFinding[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  /** A stand-in that stays in the text; without it the edit becomes blanks or filler. */
  readonly with?: string;
  /** Only a comment spans lines; its line ends stay. */
  readonly multiline?: true;
}

type Found = Omit<LiquidFinding, 'line' | 'column'> & { readonly offset: number };

/** The blocks open so far, innermost last, and how many of each name (so a stray end tag needs no walk). */
interface Blocks {
  readonly open: { readonly name: string; readonly tag: string; readonly offset: number }[];
  readonly depth: Map<string, number>;
}

/** True when a body may hold a Liquid tag (the common case has none and skips the pass). */
export function mayHaveLiquid(body: string): boolean {
  return body.includes('{%') || body.includes('{{');
}

/**
 * Replaces Jekyll's and Eleventy's Liquid tags before remark sees the body, by text of the same
 * length: comments with their text, the markers of `raw` (its text stays as written) and of blocks
 * (their text stays, unevaluated), other tags and outputs, with a finding for each. In fenced code
 * and inline code, tags and outputs stay as written.
 */
export function replaceLiquid(body: string): LiquidPrepass {
  const edits: Edit[] = [];
  const found: Found[] = [];
  const hidden = structural(body, edits, found);
  const regions = [...edits, ...hidden.literal].sort((a, b) => a.start - b.start);
  const locate = lineLocator(body);
  const lines = body.split('\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += (lines[i]?.length ?? 0) + 1, i++) starts.push(at);
  const fenced = fencedLines(lines, starts, hidden.comments);
  const spans = new Map<number, readonly (readonly [number, number])[]>();
  const blocks: Blocks = { open: [], depth: new Map() };
  let region = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(body); match; match = TOKEN.exec(body)) {
    const [whole, name, args, expression] = match;
    const start = match.index;
    const end = start + whole.length;
    while (region < regions.length && (regions[region]?.end ?? 0) <= start) region++;
    // No tag can run into a comment or `raw` (their markers start with `{%`, which no tag holds), only start in one.
    const inside = regions[region];
    if (inside && inside.start <= start) {
      TOKEN.lastIndex = inside.end;
      continue;
    }
    const line = locate(start).line - 1;
    const lineStart = starts[line] ?? 0;
    // Code samples show template syntax on purpose (only `raw` and comments, handled above, act there).
    if (fenced[line] === true || inCodeSpan(spans, line, lines[line] ?? '', start - lineStart)) continue;
    if (expression !== undefined || name === undefined) {
      if (expression === undefined) {
        edits.push({ start, end: start + 2 });
        found.push({ offset: start, problem: 'unterminated', tag: whole, name: '' });
        continue;
      }
      const base = BASE_EXPRESSION.exec(expression);
      if (base && inLinkDestination(body, lineStart, start)) {
        const path = base[3] === undefined ? undefined : /^[a-z][a-z0-9+.-]*:/i.test(base[3]) ? base[3] : `${BASE_URL}${base[3].startsWith('/') ? '' : '/'}${base[3]}`;
        // `{{ site.url }}` is the site's address: the path after it, or the root when nothing follows.
        const root = body[end] === '/' || body.startsWith('{{', end) ? '' : '/';
        edits.push({ start, end, with: (path ?? (base[1] === 'baseurl' ? BASE_URL : root)).padEnd(whole.length, FILLER) });
        found.push({ offset: start, problem: 'link', tag: shown(whole), name: base[1] ?? '', ...(base[3] === undefined ? {} : { target: base[3] }) });
      } else {
        edits.push({ start, end });
        found.push({ offset: start, problem: 'output', tag: shown(whole), name: expression.trim() });
      }
      continue;
    }
    // Jekyll's `{% link jobs/x.md %}` in a link is the URL of that page: it becomes a link to the content file.
    const page = name.toLowerCase() === 'link' ? LINKED_PAGE.exec(args ?? '') : null;
    const target = page?.[1] ?? page?.[2] ?? page?.[3];
    if (target !== undefined && target.length < whole.length && inLinkDestination(body, lineStart, start)) {
      const path = target.startsWith('/') ? target : `/${target}`;
      edits.push({ start, end, with: path.padEnd(whole.length, FILLER) });
      found.push({ offset: start, problem: 'page-link', tag: shown(whole), name: 'link', target });
      continue;
    }
    edits.push({ start, end });
    tagFound(name.toLowerCase(), shown(whole), start, args ?? '', blocks, found);
  }
  for (const o of blocks.open) found.push({ offset: o.offset, problem: 'unclosed', tag: o.tag, name: o.name });
  // Built field by field: spreading took most of the time on a hostile line of 100 000 openings.
  const findings = found.sort((a, b) => a.offset - b.offset).map((f): LiquidFinding => {
    const { line, column } = locate(f.offset);
    return f.target === undefined ? { line, column, problem: f.problem, tag: f.tag, name: f.name } : { line, column, problem: f.problem, tag: f.tag, name: f.name, target: f.target };
  });
  return { text: applyEdits(body, edits.sort((a, b) => a.start - b.start), locate, fenced), findings };
}

/** True when `start` is where a link's destination begins (after `](`, or a reference definition's `]: `). */
function inLinkDestination(body: string, lineStart: number, start: number): boolean {
  const before = body.slice(Math.max(lineStart, start - 300), start);
  return IN_LINK.test(before) || (start - lineStart <= 300 && IN_DEFINITION.test(before));
}

/** Notes a tag: blocks open and close (a finding at the opening, once its end is known); others are findings now. */
function tagFound(name: string, tag: string, offset: number, args: string, blocks: Blocks, found: Found[]): void {
  const { open, depth } = blocks;
  const block = name.startsWith('end') ? name.slice(3) : undefined;
  if (BLOCKS.has(name)) {
    open.push({ name, tag, offset });
    depth.set(name, (depth.get(name) ?? 0) + 1);
  } else if (block !== undefined && BLOCKS.has(block)) {
    if (!depth.get(block)) found.push({ offset, problem: 'stray', tag, name });
    // Blocks opened inside this one and never closed end with it.
    else
      for (let o = open.pop(); o; o = o.name === block ? undefined : open.pop()) {
        depth.set(o.name, (depth.get(o.name) ?? 1) - 1);
        found.push({ offset: o.offset, problem: o.name === block ? 'block' : 'unclosed', tag: o.tag, name: o.name });
      }
  } else if (MIDDLES.has(name)) {
    if (open.length === 0) found.push({ offset, problem: 'stray', tag, name });
  } else if (INCLUDES.has(name)) found.push({ offset, problem: 'include', tag, name, target: /^\s*["']?([^\s"']*)/.exec(args)?.[1] ?? '' });
  else if (name !== '#') found.push({ offset, problem: 'tag', tag, name });
}

/**
 * `raw` and `comment` first, since they decide where tags are tags: each comment with its closing
 * (nested ones pair innermost first) is one edit, a `raw`'s text is literal; unclosed or stray
 * markers are left out with a finding. Returns the comments and the literal parts.
 */
function structural(body: string, edits: Edit[], found: Found[]): { readonly comments: Edit[]; readonly literal: Edit[] } {
  const marks = [...body.matchAll(STRUCTURAL)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[1] ?? '', tag: shown(m[0]) }));
  const nextEndraw: number[] = [];
  for (let i = marks.length - 1, next = -1; i >= 0; i--) nextEndraw[i] = next = marks[i]?.name === 'endraw' ? i : next;
  const closing = new Map<number, number>();
  const stack: number[] = [];
  marks.forEach((m, i) => {
    if (m.name === 'comment') stack.push(i);
    const opened = m.name === 'endcomment' ? stack.pop() : undefined;
    if (opened !== undefined) closing.set(opened, i);
  });
  const comments: Edit[] = [];
  const literal: Edit[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i];
    if (!mark) break;
    const j = mark.name === 'raw' ? (nextEndraw[i + 1] ?? -1) : mark.name === 'comment' ? (closing.get(i) ?? -1) : -1;
    const close = marks[j];
    if (close && mark.name === 'raw') {
      edits.push({ start: mark.start, end: mark.end }, { start: close.start, end: close.end });
      literal.push({ start: mark.end, end: close.start });
    } else if (close) comments.push({ start: mark.start, end: close.end, multiline: true });
    else {
      edits.push({ start: mark.start, end: mark.end });
      found.push({ offset: mark.start, problem: mark.name.startsWith('end') ? 'stray' : 'unclosed', tag: mark.tag, name: mark.name });
    }
    if (close) i = j;
  }
  edits.push(...comments);
  return { comments, literal };
}

/** Which lines are in fenced code (fence lines included), skipping lines hidden in comments. */
function fencedLines(lines: readonly string[], starts: readonly number[], comments: readonly Edit[]): boolean[] {
  let fence: { readonly char: string; readonly length: number } | undefined;
  let comment = 0;
  return lines.map((line, i) => {
    const start = starts[i] ?? 0;
    while (comment < comments.length && (comments[comment]?.end ?? 0) <= start) comment++;
    if ((comments[comment]?.start ?? Infinity) <= start) return fence !== undefined;
    const marker = FENCE.exec(line);
    const run = marker?.[1] ?? '';
    if (fence) {
      if (run[0] === fence.char && run.length >= fence.length && marker?.[2]?.trim() === '') fence = undefined;
      return true;
    }
    if (marker && !(run[0] === '`' && marker[2]?.includes('`'))) fence = { char: run[0] ?? '', length: run.length };
    return fence !== undefined;
  });
}

/** Whether a column of a line lies in an inline code span on that line (spans found once per line). */
function inCodeSpan(cache: Map<number, readonly (readonly [number, number])[]>, line: number, text: string, column: number): boolean {
  let spans = cache.get(line);
  if (!spans) {
    const runs = [...text.matchAll(/`+/g)].map((m) => [m.index, m[0].length] as const);
    const next: number[] = [];
    const seen = new Map<number, number>();
    for (let i = runs.length - 1; i >= 0; i--) {
      const length = runs[i]?.[1] ?? 0;
      next[i] = seen.get(length) ?? -1;
      seen.set(length, i);
    }
    const found: (readonly [number, number])[] = [];
    for (let i = 0; i < runs.length; i++) {
      const close = runs[next[i] ?? -1];
      if (!close) continue;
      found.push([runs[i]?.[0] ?? 0, close[0] + close[1]]);
      i = next[i] ?? i;
    }
    cache.set(line, (spans = found));
  }
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((spans[mid]?.[0] ?? 0) <= column) low = mid;
    else high = mid - 1;
  }
  const span = spans[low];
  return span !== undefined && column >= span[0] && column < span[1];
}

/**
 * Writes the edits in: stand-ins as they are; the rest as spaces where nothing else stays on the
 * lines it starts and ends on (the line becomes blank and ends a block, as Jekyll's output would),
 * otherwise as filler, since spaces could turn the rest of a line into an indented code block.
 */
function applyEdits(body: string, edits: readonly Edit[], locate: (offset: number) => Position, fenced: readonly boolean[]): string {
  if (edits.length === 0) return body;
  const blanked = (edit: Edit, char: string): string => edit.with ?? (edit.multiline ? body.slice(edit.start, edit.end).replace(/[^\r\n]/g, char) : char.repeat(edit.end - edit.start));
  const pieces = (char: (edit: Edit) => string): string => {
    const parts: string[] = [];
    let at = 0;
    for (const edit of edits) {
      parts.push(body.slice(at, edit.start), blanked(edit, char(edit)));
      at = edit.end;
    }
    parts.push(body.slice(edits[edits.length - 1]?.end ?? 0));
    return parts.join('');
  };
  const visible = pieces(() => ' ').split('\n').map((line) => /\S/.test(line));
  const lineOf = (offset: number): number => locate(offset).line - 1;
  return pieces((edit) => (!fenced[lineOf(edit.start)] && !visible[lineOf(edit.start)] && !visible[lineOf(edit.end - 1)] ? ' ' : FILLER));
}

/** A tag as a message shows it: spaces collapsed, long ones cut. */
function shown(tag: string): string {
  const text = tag.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
