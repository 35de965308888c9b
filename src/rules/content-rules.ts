import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Role } from '../model/role.ts';
import type { SiteModel } from '../site/site-model.ts';
import { findDuplicateTitles } from './duplicate-titles.ts';
import { findEmptySections } from './empty-sections.ts';
import { findHeadingSkips } from './heading-skips.ts';
import { checkLevelGrades } from './level-grades.ts';
import { readPageSource, type PageSource } from './page-source.ts';
import type { PageRule } from './page-rule.ts';
import { findPlaceholders } from './placeholders.ts';
import { findMissingSections } from './required-sections.ts';

/** The content rules that look at one page at a time. */
export const PAGE_RULES: readonly PageRule[] = [findMissingSections, checkLevelGrades, findPlaceholders, findEmptySections, findHeadingSkips];

/**
 * Findings per role object. The page cache hands back the same `Role` for an unchanged file, so a
 * preview rebuild re-reads and re-checks only the pages that changed (or all, when the settings did).
 */
const findings = new WeakMap<Role, { settingsKey: string; diagnostics: Diagnostic[] }>();

/** Runs every content rule over the site: the page rules on each role, then the site-wide ones. */
export function checkContentRules(site: SiteModel): Diagnostic[] {
  const { settings } = site;
  const settingsKey = JSON.stringify([settings.required_sections, settings.grades ?? null]);
  const sources = new Map<Role, PageSource | undefined>();
  const sourceOf = (role: Role): PageSource | undefined => {
    if (!sources.has(role)) sources.set(role, readPageSource(role.source));
    return sources.get(role);
  };
  const perPage = site.roles.flatMap((role) => {
    const cached = findings.get(role);
    if (cached?.settingsKey === settingsKey) return cached.diagnostics;
    const source = sourceOf(role);
    const diagnostics = source ? PAGE_RULES.flatMap((rule) => rule({ role, source, settings })) : [];
    findings.set(role, { settingsKey, diagnostics });
    return diagnostics;
  });
  return [...perPage, ...findDuplicateTitles(site.roles, sourceOf)];
}
