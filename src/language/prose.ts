import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Sentence, Word } from 'nlcst';
import { toNlcst } from 'mdast-util-to-nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { VFile } from 'vfile';
import { lineLocator } from '../diagnostics/positions.ts';

/** One word of a page's prose, at its position in the body. */
export interface ProseWord {
  readonly text: string;
  readonly lower: string;
  /** Line and column in the body (line 1 is the body's first line). */
  readonly line: number;
  readonly column: number;
  /** Index of the sentence the word is in; a phrase never spans two. */
  readonly sentence: number;
  readonly inHeading: boolean;
  /** In a URL or e-mail address, between quotation marks (the title of another role), or a proper name. */
  readonly exempt: boolean;
}

/** A page body as natural language: the nlcst tree the retext checkers run on, and its words in order. */
export interface Prose {
  readonly tree: NlcstRoot;
  readonly file: VFile;
  readonly words: readonly ProseWord[];
  /** Sentences outside headings, for readability. */
  readonly sentences: number;
}

// One parser for every page: it keeps no state between parses.
const parser = new ParseEnglish();
/** How far past where mdast-util-to-nlcst puts a word its real place may be (see `place`). */
const SEARCH_WINDOW = 200;

/**
 * Turns the body's mdast tree into nlcst (code, inline code, tables, HTML and link URLs are not prose)
 * and lists its words in one walk. mdast-util-to-nlcst places words by adding up the lengths of text
 * values, which drift from the source after an entity or a list item's indented second line; each
 * word is moved to where its text really is, so every checker reports the right column.
 */
export function toProse(tree: MdastRoot, body: string): Prose {
  const file = new VFile(body);
  const nlcst = toNlcst(tree, file, parser);
  const headingLines = new Set<number>();
  for (const node of tree.children) {
    if (node.type !== 'heading' || !node.position) continue;
    for (let line = node.position.start.line; line <= node.position.end.line; line++) headingLines.add(line);
  }
  const locate = lineLocator(body);
  const words: ProseWord[] = [];
  let cursor = 0;
  let sentenceIndex = 0;
  let sentences = 0;
  for (const paragraph of nlcst.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      let quoted = false;
      let inAddress = false;
      let first = true;
      let prose = false;
      sentence.children.forEach((node, index) => {
        if (node.type === 'WhiteSpaceNode') inAddress = false;
        else if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') quoted = quoteState(node.value, quoted);
        if (node.type !== 'WordNode') return;
        const text = toString(node);
        cursor = place(node, text, body, cursor, locate);
        const at = node.position?.start ?? { line: 0, column: 0 };
        if (startsAddress(sentence, index, text)) inAddress = true;
        const inHeading = headingLines.has(at.line);
        const properName = !first && !inHeading && /^\p{Lu}/u.test(text);
        words.push({ text, lower: text.toLowerCase(), line: at.line, column: at.column, sentence: sentenceIndex, inHeading, exempt: inAddress || quoted || properName });
        first = false;
        if (!inHeading) prose = true;
      });
      if (prose) sentences++;
      sentenceIndex++;
    }
  }
  return { tree: nlcst, file, words, sentences };
}

/** Moves a word node to the first place at or after mdast-util-to-nlcst's guess where its text is written. */
function place(node: Word, text: string, body: string, cursor: number, locate: (offset: number) => { line: number; column: number }): number {
  const guess = node.position?.start.offset;
  if (guess === undefined) return cursor;
  const from = Math.max(cursor, guess);
  const found = body.indexOf(text, from);
  const start = found !== -1 && found - from <= SEARCH_WINDOW ? found : from;
  const end = start + text.length;
  node.position = { start: { ...locate(start), offset: start }, end: { ...locate(end), offset: end } };
  return end;
}

function quoteState(mark: string, quoted: boolean): boolean {
  if (mark === '"') return !quoted;
  if (mark === '\u201C') return true;
  if (mark === '\u201D') return false;
  return quoted;
}

/** A word that starts a URL (`https` before `://`), an e-mail address (before `@`) or is a host name. */
function startsAddress(sentence: Sentence, index: number, text: string): boolean {
  const next = sentence.children[index + 1];
  const after = sentence.children[index + 2];
  if (next?.type === 'SymbolNode' && next.value === '@') return true;
  if (next?.type === 'PunctuationNode' && next.value === ':' && after?.type === 'PunctuationNode' && after.value.startsWith('/')) return true;
  return /\.[a-z]{2,}/i.test(text) && !/\.$/.test(text);
}
