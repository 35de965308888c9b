import { Parser, parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { lineLocator } from '../diagnostics/positions.ts';
import type { Position } from '../diagnostics/diagnostic.ts';

export type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/** YAML whose unindented quoted continuations were indented so `yaml` reads them as libyaml and js-yaml do. */
export interface IndentedContinuations {
  readonly text: string;
  readonly document: Document;
  /** Maps an offset in `text` back to the line and column in the text as written. */
  readonly positionAt: (offset: number) => Position;
  /** For each value repaired, the line (as written) of its first continuation line that was not indented. */
  readonly lines: readonly number[];
}

/** More quoted values than any front matter holds; bounds the parse-and-repair rounds on hostile text. */
const MAX_REPAIRS = 50;

/** True when `yaml` stopped a quoted value early, the one error the repair below may be able to undo. */
export function hasUnclosedQuote(document: Document): boolean {
  return document.errors.some((e) => e.code === 'MISSING_CHAR' && /closing ["']quote/.test(e.message));
}

/**
 * Ruby's libyaml and js-yaml (the parsers real pages were written for) let a quoted value go on at the
 * start of the next line; `yaml`, stricter, ends the value there and reports a missing quote. This indents
 * such continuation lines (spaces only: the folded value is the same) one value at a time, keeping a repair
 * only when the value then parses cleanly. Returns undefined when nothing could be repaired, so truly broken
 * YAML keeps the errors it has as written.
 */
export function indentQuotedContinuations(written: string, options: YamlOptions): IndentedContinuations | undefined {
  let text = written;
  let document: Document | undefined;
  const added: number[] = new Array<number>(written.split('\n').length).fill(0);
  const lines: number[] = [];
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const value = firstCutValue(text);
    if (value === undefined) break;
    const locate = lineLocator(text);
    const openLine = locate(value.open).line;
    const closeLine = locate(value.close).line;
    const target = locate(value.open).column - 1;
    const rows = text.split('\n');
    const indent = new Map<number, number>();
    for (let line = openLine + 1; line <= closeLine; line++) {
      const row = rows[line - 1] ?? '';
      const spaces = /^ */.exec(row)?.[0].length ?? 0;
      if (row.trim() !== '' && spaces < target) indent.set(line, target - spaces);
    }
    if (indent.size === 0) break;
    const candidate = rows.map((row, i) => ' '.repeat(indent.get(i + 1) ?? 0) + row).join('\n');
    const parsed = parseDocument(candidate, options);
    // Only lines up to the closing quote moved, so the value now ends `moved` characters later.
    const moved = [...indent.values()].reduce((sum, count) => sum + count, 0);
    if (parsed.errors.some((e) => e.pos[0] >= value.open && e.pos[0] <= value.close + moved)) break;
    const firstLine = [...indent.keys()].find((line) => line > locate(value.cutAt).line) ?? indent.keys().next().value;
    if (firstLine !== undefined) lines.push(firstLine);
    for (const [line, count] of indent) added[line - 1] = (added[line - 1] ?? 0) + count;
    text = candidate;
    document = parsed;
    if (!hasUnclosedQuote(parsed)) break;
  }
  if (document === undefined) return undefined;
  const locate = lineLocator(text);
  const positionAt = (offset: number): Position => {
    const { line, column } = locate(offset);
    return { line, column: Math.max(1, column - (added[line - 1] ?? 0)) };
  };
  return { text, document, positionAt, lines };
}

/**
 * The first quoted value that `yaml` cut short although its closing quote comes later: where it opens,
 * where `yaml` stopped reading it and where its closing quote is.
 */
function firstCutValue(text: string): { open: number; cutAt: number; close: number } | undefined {
  const found: { open: number; cutAt: number; close: number }[] = [];
  const walk = (token: unknown): void => {
    if (found.length > 0 || token === null || typeof token !== 'object') return;
    if (Array.isArray(token)) {
      for (const item of token) walk(item);
      return;
    }
    const { type, offset, source } = token as { type?: unknown; offset?: unknown; source?: unknown };
    if ((type === 'double-quoted-scalar' || type === 'single-quoted-scalar') && typeof offset === 'number' && typeof source === 'string') {
      const close = closingQuote(text, offset);
      if (close !== undefined && close >= offset + source.length) found.push({ open: offset, cutAt: offset + source.length, close });
      return;
    }
    for (const value of Object.values(token)) walk(value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return found[0];
}

/** The offset of the quote that closes the value opening at `open`, read as YAML reads quoted text. */
function closingQuote(text: string, open: number): number | undefined {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote && quote === "'" && text[i + 1] === "'") i++;
    else if (c === quote) return i;
  }
  return undefined;
}
