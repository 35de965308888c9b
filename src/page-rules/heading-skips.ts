import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import { firstColumn } from './page-source.ts';
import type { PageRuleInput } from './page-rule.ts';

/**
 * `content/heading-skip`: each heading is at most one level below the one before it. The page title
 * is shown as the level 1 heading, so the first heading of the body should be level 1 or 2.
 */
export function findHeadingSkips({ role, source }: PageRuleInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let previous: { depth: number; title: string } | undefined;
  for (const section of role.sections) {
    const before = previous?.depth ?? 1;
    if (section.depth > before + 1) {
      const after = previous === undefined ? 'the page title (level 1)' : `"${previous.title}" (level ${previous.depth})`;
      diagnostics.push(diagnostic('content/heading-skip', role.source, { line: section.line, column: firstColumn(source.lines[section.line - 1] ?? '') },
        `The heading "${section.title}" is level ${section.depth} but follows ${after}; level ${before + 1} is skipped.`));
    }
    previous = section;
  }
  return diagnostics;
}
