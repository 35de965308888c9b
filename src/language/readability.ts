import { syllable } from 'syllable';
import type { WordingFinding, WordingOptions } from './finding.ts';
import type { Prose } from './prose.ts';

/** Below this many words the formula says more about the page's length than about its prose. */
const MIN_WORDS = 100;
/** Syllable counts of words already seen: job pages share most of their words, and counting is the slow part. */
const syllableCache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/** Flesch reading ease of the prose outside headings (higher is easier; 60-70 is plain English). */
export function readingEase(prose: Prose): number | undefined {
  let words = 0;
  let syllables = 0;
  for (const word of prose.words) {
    if (word.inHeading) continue;
    words++;
    syllables += syllablesOf(word.lower);
  }
  if (words < MIN_WORDS || prose.sentences === 0) return undefined;
  return Math.round(206.835 - 1.015 * (words / prose.sentences) - 84.6 * (syllables / words));
}

/** One finding for the page when its reading ease is below the site's threshold. */
export function readability(prose: Prose, options: WordingOptions): WordingFinding[] {
  const ease = readingEase(prose);
  if (ease === undefined || ease >= options.minReadingEase) return [];
  return [{
    rule: 'language/readability',
    at: 'page',
    message: `The page's reading ease is ${ease} (Flesch), below the site's minimum of ${options.minReadingEase}.`,
  }];
}

function syllablesOf(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = Math.max(1, syllable(word));
    if (syllableCache.size >= CACHE_LIMIT) syllableCache.clear();
    syllableCache.set(word, count);
  }
  return count;
}
