import { AGE_CODED, JARGON_TITLES, type CodedPhrase } from './coded-phrases.ts';
import type { WordingFinding, WordingOptions } from './finding.ts';
import type { ProseWord } from './prose.ts';

interface PhraseRule {
  readonly rule: 'language/age-coded' | 'language/jargon-title';
  readonly phrases: readonly CodedPhrase[];
  readonly describe: (phrase: string) => string;
}

const RULES: readonly PhraseRule[] = [
  { rule: 'language/age-coded', phrases: AGE_CODED, describe: (phrase) => `\`${phrase}\` is age-coded: it tells older applicants the job is not for them.` },
  { rule: 'language/jargon-title', phrases: JARGON_TITLES, describe: (phrase) => `\`${phrase}\` is a jargon title: candidates do not search for it, and it reads as a narrow culture.` },
];

/** Every age-coded phrase and jargon title in the words, at its first word; headings count too. */
export function codedWording(words: readonly ProseWord[], options: WordingOptions): WordingFinding[] {
  const findings: WordingFinding[] = [];
  words.forEach((word, index) => {
    if (word.exempt) return;
    for (const { rule, phrases, describe } of RULES) {
      for (const phrase of phrases) {
        if (phrase.words[0] !== word.lower || !matchesAt(words, index, phrase)) continue;
        const text = words.slice(index, index + phrase.words.length).map((w) => w.text).join(' ');
        if (options.allow.has(text.toLowerCase())) continue;
        findings.push({ rule, at: { line: word.line, column: word.column }, message: describe(text), hint: phrase.alternative });
      }
    }
  });
  return findings;
}

function matchesAt(words: readonly ProseWord[], index: number, phrase: CodedPhrase): boolean {
  const first = words[index];
  if (first === undefined) return false;
  for (let i = 1; i < phrase.words.length; i++) {
    const word = words[index + i];
    if (word?.sentence !== first.sentence || word.lower !== phrase.words[i]) return false;
  }
  const next = words[index + phrase.words.length];
  return !(next !== undefined && next.sentence === first.sentence && phrase.notBefore?.includes(next.lower));
}
