import type { Root } from 'mdast';
import { FILE_START, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import type { Settings } from '../model/settings-schema.ts';
import { codedWording } from './coded-wording.ts';
import type { WordingFinding, WordingOptions } from './finding.ts';
import { genderCoding } from './gender-coding.ts';
import { toProse, type ProseWord } from './prose.ts';
import { readability } from './readability.ts';
import { retextFindings } from './retext-checks.ts';

/** The wording options of a site's settings; made once per settings object, not once per page. */
const optionsCache = new WeakMap<Settings, WordingOptions>();

/**
 * Checks the wording of a page body: inconsiderate and profane words (retext-equality,
 * retext-profanities), gender-coded words and the page's balance, age-coded wording, jargon titles
 * and reading ease. It reads the body's mdast tree, the one the page was rendered from, and turns it
 * into natural language once; `bodyLine` is the file line on which the body starts. The front
 * matter's title, when there is one, is checked for jargon and age-coded titles. Only English sites
 * (`language: en…` in the settings) are checked.
 */
export function checkLanguage(tree: Root, body: string, bodyLine: number, file: string, settings: Settings, title?: PageTitle): Diagnostic[] {
  // The word lists and the parser are English; on a site in another language they would only mislead.
  if (!/^en(-|$)/i.test(settings.language)) return [];
  const options = wordingOptions(settings);
  const prose = toProse(tree, body);
  const titleFindings = title === undefined ? [] : codedWording(titleWords(title.text), options).map((f) => diagnostic(f.rule, file, title.at, `In the title, ${f.message}`, f.hint));
  const findings: WordingFinding[] = [
    ...retextFindings(prose.tree, prose.file, prose.words, options),
    ...genderCoding(prose.words, options),
    ...codedWording(prose.words, options),
    ...readability(prose, options),
  ];
  return [...titleFindings, ...findings.map((f) => {
    const at = f.at === 'page' ? FILE_START : { line: f.at.line + bodyLine - 1, column: f.at.column };
    return diagnostic(f.rule, file, at, f.message, f.hint);
  })];
}

/** The page's title from the front matter and where its value is written. */
export interface PageTitle {
  readonly text: string;
  readonly at: Position;
}

/** A title's words, read like a heading: a jargon title there is what candidates see first. */
function titleWords(title: string): ProseWord[] {
  return (title.match(/[\p{L}\p{N}'-]+/gu) ?? []).map((text) => ({ text, lower: text.toLowerCase(), line: 0, column: 0, sentence: 0, inHeading: true, exempt: false }));
}

function wordingOptions(settings: Settings): WordingOptions {
  let options = optionsCache.get(settings);
  if (options === undefined) {
    const { allow, min_reading_ease: minReadingEase } = settings.wording;
    const eachWord = settings.rules['language/gender-coded'] !== undefined && settings.rules['language/gender-coded'] !== 'off';
    options = { allow: new Set(allow.map((word) => word.toLowerCase())), minReadingEase, eachWord };
    optionsCache.set(settings, options);
  }
  return options;
}
