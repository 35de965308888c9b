import { cuss } from 'cuss';
import type { Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { WordingFinding, WordingOptions } from './finding.ts';
import type { ProseWord } from './prose.ts';

/**
 * Measured on real job pages, these were nearly all noise, so they are left out: retext-equality's
 * words to avoid in teaching prose ("clearly communicate", "easy to use", "just"), which are about
 * condescension in tutorials, not about who may apply; and "special", which pages use for "special
 * projects"; "host", which on a job page is a computer. Profanities only at cuss's highest sureness: "oral communication", "penetration testing"
 * and "white paper" are sureness 1 or lower.
 */
const NOT_FOR_JOB_PAGES = ['basically', 'clearly', 'easy', 'easily', 'everyone knows', 'just', 'obvious', 'obviously', 'of course', 'simple', 'simply', 'special', 'host'];
/** Two words of one pattern this close on a line are one phrase ("his or her"). */
const PAIR_SPAN = 8;
const PROFANITY_SURENESS = 2;
const equality = unified().use(retextEquality, { ignore: NOT_FOR_JOB_PAGES });
const profanities = unified().use(retextProfanities, { sureness: PROFANITY_SURENESS });
/** The first words of the profanities reported, so the checker runs only on sentences that have one. */
const PROFANE_FIRST_WORDS = new Set(Object.entries(cuss).filter(([, sureness]) => sureness >= PROFANITY_SURENESS).map(([phrase]) => phrase.split(' ')[0] ?? phrase));

/**
 * Runs retext-equality (inconsiderate and gendered wording) and retext-profanities on the page's
 * nlcst tree, keeping the messages whose word a site allows or that fall in an exempt word.
 */
export function retextFindings(tree: Root, file: VFile, words: readonly ProseWord[], options: WordingOptions): WordingFinding[] {
  const sentences = allSentences(tree);
  equality.runSync(oneParagraph(sentences), file);
  // retext-profanities costs 5 ms a page however clean it is; a page rarely has a sentence it could match.
  const suspect = sentences.filter(mayBeProfane);
  if (suspect.length > 0) profanities.runSync(oneParagraph(suspect), file);
  const exempt = new Set(words.filter((w) => w.exempt).map((w) => `${w.line}:${w.column}`));
  const findings: WordingFinding[] = [];
  let previous: { ruleId: string | undefined; line: number; column: number } | undefined;
  for (const message of file.messages) {
    const start = message.place && 'start' in message.place ? message.place.start : message.place;
    if (start === undefined) continue;
    const actual = message.actual ?? '';
    if (exempt.has(`${start.line}:${start.column}`) || options.allow.has(actual.toLowerCase())) continue;
    const at = { line: start.line, column: start.column };
    if (message.source === 'retext-profanities') {
      findings.push({ rule: 'language/profanity', at, message: `\`${actual}\` may be read as profane or offensive.` });
      continue;
    }
    // "his or her", "he/she": one finding for the pair, at its first word.
    if (previous !== undefined && previous.ruleId === message.ruleId && previous.line === at.line && at.column - previous.column <= PAIR_SPAN) {
      const last = findings.pop();
      if (last !== undefined) findings.push({ ...last, message: last.message.replace(/^`([^`]*)` may be/, `\`$1\` and \`${actual}\` may be`) });
      previous = undefined;
      continue;
    }
    previous = { ruleId: message.ruleId, ...at };
    const expected = (message.expected ?? []).map((word) => `\`${word}\``);
    findings.push({
      rule: 'language/inconsiderate',
      at,
      message: `\`${actual}\` may be inconsiderate or gendered${message.note ? `: ${message.note}` : '.'}`,
      ...(expected.length > 0 ? { hint: `Write ${expected.join(' or ')} instead, or rephrase.` } : {}),
    });
  }
  return findings;
}

/**
 * Sentences as one paragraph. Both checkers index their thousands of phrases once per paragraph they
 * search, which made them cost 50 ms a page; a phrase still only matches within one sentence, so the
 * findings are the same.
 */
function oneParagraph(sentences: Sentence[]): Root {
  return { type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] };
}

function allSentences(tree: Root): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) if (node.type === 'SentenceNode') sentences.push(node);
  }
  return sentences;
}

/** A sentence with a word that is, or is the plural of, the first word of a reported profanity. */
function mayBeProfane(sentence: Sentence): boolean {
  return sentence.children.some((node) => {
    if (node.type !== 'WordNode') return false;
    const word = toString(node).toLowerCase();
    return PROFANE_FIRST_WORDS.has(word) || PROFANE_FIRST_WORDS.has(word.replace(/e?s$/, '')) || PROFANE_FIRST_WORDS.has(word.replace(/ies$/, 'y'));
  });
}
