import { FEMININE_STEMS, MASCULINE_STEMS, NOT_GENDER_CODED } from './gender-coded-words.ts';
import type { WordingFinding, WordingOptions } from './finding.ts';
import type { ProseWord } from './prose.ts';

type Coding = 'masculine' | 'feminine';

const MIN_MASCULINE = 3;
const HYPHENATED = [...MASCULINE_STEMS, ...FEMININE_STEMS].filter((stem) => stem.includes('-'));

/**
 * Flags each masculine- and feminine-coded word outside headings (a heading is a section's label,
 * not a description of the person) and reports the page's balance once, the way Gender Decoder
 * classifies an ad: more than three more masculine than feminine words is "strongly masculine-coded".
 * Only a masculine lean of three or more masculine-coded words is reported: the study found it put
 * women off, and no effect of the reverse; one or two words say little about a page. Each word is a
 * finding only when the site asks for them (`options.eachWord`): on real pages they were mostly plain
 * uses such as "support" and "lead", hundreds per corpus.
 */
export function genderCoding(words: readonly ProseWord[], options: WordingOptions): WordingFinding[] {
  const findings: WordingFinding[] = [];
  let masculine = 0;
  let feminine = 0;
  for (const word of words) {
    if (word.exempt || word.inHeading || options.allow.has(word.lower)) continue;
    for (const part of parts(word)) {
      const coding = codingOf(part.lower);
      if (coding === undefined || options.allow.has(part.lower)) continue;
      if (coding === 'masculine') masculine++;
      else feminine++;
      if (!options.eachWord) continue;
      findings.push({
        rule: 'language/gender-coded',
        at: { line: word.line, column: word.column + part.offset },
        message: `\`${part.text}\` is a ${coding}-coded word (Gaucher, Friesen & Kay 2011).`,
      });
    }
  }
  const balance = balanceLabel(masculine, feminine);
  if ((balance === 'masculine-coded' || balance === 'strongly masculine-coded') && masculine >= MIN_MASCULINE) {
    findings.push({
      rule: 'language/gender-balance',
      at: 'page',
      message: `The page is ${balance}: ${masculine} masculine-coded and ${feminine} feminine-coded ${feminine + masculine === 1 ? 'word' : 'words'}.`,
    });
  }
  return findings;
}

/** Gender Decoder's verdict from the two counts. */
export function balanceLabel(masculine: number, feminine: number): string {
  const score = feminine - masculine;
  if (score === 0) return feminine === 0 ? 'empty' : 'neutral';
  if (score > 3) return 'strongly feminine-coded';
  if (score > 0) return 'feminine-coded';
  return score < -3 ? 'strongly masculine-coded' : 'masculine-coded';
}

function codingOf(word: string): Coding | undefined {
  if (NOT_GENDER_CODED.some((stem) => word.startsWith(stem))) return undefined;
  if (MASCULINE_STEMS.some((stem) => word.startsWith(stem))) return 'masculine';
  if (FEMININE_STEMS.some((stem) => word.startsWith(stem))) return 'feminine';
  return undefined;
}

/** A hyphenated word counts as its parts ("fast-paced, data-driven"), unless a stem has the hyphen. */
function parts(word: ProseWord): { text: string; lower: string; offset: number }[] {
  if (!word.text.includes('-') || HYPHENATED.some((stem) => word.lower.startsWith(stem))) return [{ text: word.text, lower: word.lower, offset: 0 }];
  const result: { text: string; lower: string; offset: number }[] = [];
  let offset = 0;
  for (const text of word.text.split('-')) {
    if (text !== '') result.push({ text, lower: text.toLowerCase(), offset });
    offset += text.length + 1;
  }
  return result;
}
