import type { Root, Sentence } from 'nlcst';
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
const checkers = unified().use(retextEquality, { ignore: NOT_FOR_JOB_PAGES }).use(retextProfanities, { sureness: 2 });

/**
 * Runs retext-equality (inconsiderate and gendered wording) and retext-profanities on the page's
 * nlcst tree, keeping the messages whose word a site allows or that fall in an exempt word.
 */
export function retextFindings(tree: Root, file: VFile, words: readonly ProseWord[], options: WordingOptions): WordingFinding[] {
  checkers.runSync(oneParagraph(tree), file);
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
 * The page's sentences as one paragraph. Both checkers index their thousands of phrases once per
 * paragraph they search, which made them cost 50 ms a page; a phrase still only matches within one
 * sentence, so the findings are the same.
 */
function oneParagraph(tree: Root): Root {
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) if (node.type === 'SentenceNode') sentences.push(node);
  }
  return { type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] };
}
