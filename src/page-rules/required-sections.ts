import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import type { PageRuleInput } from './page-rule.ts';

/**
 * `content/required-section`: every section named in `required_sections` has a heading. A heading
 * counts when it contains the name as whole words ("Job Requirements" has "Requirements"); the
 * well-known sections also count under the variants the model reads ("What you will do" holds the
 * responsibilities). A missing section has no place of its own, so it is reported at the start of the file.
 */
export function findMissingSections({ role, settings }: PageRuleInput): Diagnostic[] {
  const headings = role.sections.map((s) => ` ${words(s.title)} `);
  return settings.required_sections
    .filter((name) => !headings.some((heading) => heading.includes(` ${words(name)} `)) && !readByModel(role, name))
    .map((name) => diagnostic('content/required-section', role.source, FILE_START, `The page has no "${name}" section.`,
      `Add a heading \`## ${name}\` with its content, or change \`required_sections\` in the settings.`));
}

/** True when the model already found the section under another heading (its list is not empty). */
function readByModel(role: PageRuleInput['role'], name: string): boolean {
  if (/responsibilit/i.test(name)) return role.responsibilities.length > 0;
  if (/requirement|qualification/i.test(name)) return role.requirements.length > 0;
  if (/hiring/i.test(name)) return role.hiringProcess.length > 0;
  return false;
}

function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
