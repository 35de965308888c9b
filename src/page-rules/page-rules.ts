import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Role } from '../model/role.ts';
import type { Settings } from '../model/settings-schema.ts';
import { findEmptySections } from './empty-sections.ts';
import { findHeadingSkips } from './heading-skips.ts';
import { checkLevelGrades } from './level-grades.ts';
import type { PageSource } from './page-source.ts';
import type { PageRule } from './page-rule.ts';
import { findPlaceholders } from './placeholders.ts';
import { findMissingSections } from './required-sections.ts';

/** The content rules that look at one page at a time. */
export const PAGE_RULES: readonly PageRule[] = [findMissingSections, checkLevelGrades, findPlaceholders, findEmptySections, findHeadingSkips];

/**
 * Runs the one-page rules. The loader calls it while it still holds the page's text, so the findings
 * are made in the parse workers and cached with the page: nothing is read or parsed a second time.
 */
export function checkPage(role: Role, source: PageSource, settings: Settings): Diagnostic[] {
  return PAGE_RULES.flatMap((rule) => rule({ role, source, settings }));
}

