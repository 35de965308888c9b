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

/**
 * Bounds on the repair, which parses the text once per value repaired: more such values than a real page
 * has, and far longer front matter than any real page (a hostile 1 MB one would otherwise take seconds).
 */
const MAX_REPAIRS = 20;
const MAX_REPAIRED_LENGTH = 64 * 1024;

/** True when `yaml` stopped a quoted value early, the one error the repair below may be able to undo. */
export function hasUnclosedQuote(document: Document): boolean {
  return document.errors.some((e) => e.code === 'MISSING_CHAR' && /closing ["']quote/.test(e.message));
}

/**
 * Ruby's libyaml and js-yaml (the parsers real pages were written for) let a quoted value go on at the
 * start of the next line; `yaml`, stricter, ends the value there and reports a missing quote. This indents
 * such continuation lines (spaces only: the folded value is the same) one value at a time, keeping a repair
 * only when the parser then reads the value to its closing quote. Returns undefined when nothing could be repaired, so truly broken
 * YAML keeps the errors it has as written.
 */
export function indentQuotedContinuations(written: string, options: YamlOptions): IndentedContinuations | undefined {
  let text = written;
  const added: number[] = new Array<number>(written.split('\n').length).fill(0);
  const lines: number[] = [];
  if (written.length > MAX_REPAIRED_LENGTH) return undefined;
  let values = quotedValues(text);
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const value = firstCutValue(text, values);
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
    // Only lines up to the closing quote moved, so the value must now run to `moved` characters later.
    // Checked on the parser's tokens alone: composing a whole document each round would cost far more.
    const moved = [...indent.values()].reduce((sum, count) => sum + count, 0);
    const candidateValues = quotedValues(candidate);
    const repaired = candidateValues.find((found) => found.open === value.open);
    if (repaired?.cutAt !== value.close + moved + 1) break;
    values = candidateValues;
    const firstLine = [...indent.keys()].find((line) => line > locate(value.cutAt).line) ?? indent.keys().next().value;
    if (firstLine !== undefined) lines.push(firstLine);
    for (const [line, count] of indent) added[line - 1] = (added[line - 1] ?? 0) + count;
    text = candidate;
  }
  if (lines.length === 0) return undefined;
  const document = parseDocument(text, options);
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
function firstCutValue(text: string, values: readonly { open: number; cutAt: number }[]): { open: number; cutAt: number; close: number } | undefined {
  for (const { open, cutAt } of values) {
    const close = closingQuote(text, open);
    if (close !== undefined && close >= cutAt) return { open, cutAt, close };
  }
  return undefined;
}

/** Every quoted value the parser reads, in order: where it opens and where the parser stopped reading it. */
function quotedValues(text: string): { open: number; cutAt: number }[] {
  const found: { open: number; cutAt: number }[] = [];
  const walk = (token: unknown): void => {
    if (token === null || typeof token !== 'object') return;
    if (Array.isArray(token)) {
      for (const item of token) walk(item);
      return;
    }
    const { type, offset, source } = token as { type?: unknown; offset?: unknown; source?: unknown };
    if ((type === 'double-quoted-scalar' || type === 'single-quoted-scalar') && typeof offset === 'number' && typeof source === 'string') {
      found.push({ open: offset, cutAt: offset + source.length });
      return;
    }
    for (const value of Object.values(token)) walk(value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return found;
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
