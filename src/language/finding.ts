import type { Position } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/rules.ts';

/** A wording finding at a body position (line 1 is the body's first line), before it becomes a diagnostic. */
export interface WordingFinding {
  readonly rule: RuleId;
  /** Where in the body, or `page` for a figure about the whole page. */
  readonly at: Position | 'page';
  readonly message: string;
  readonly hint?: string;
}

/** What the wording rules read from the settings: words a site allows, and the lowest reading ease. */
export interface WordingOptions {
  /** Lowercase words and phrases that are never findings. */
  readonly allow: ReadonlySet<string>;
  readonly minReadingEase: number;
  /** Whether each gender-coded word is a finding (rule `language/gender-coded` is off unless `rules:` turns it on). */
  readonly eachWord: boolean;
}
