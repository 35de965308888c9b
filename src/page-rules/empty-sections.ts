import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import { firstColumn } from './page-source.ts';
import type { PageRuleInput } from './page-rule.ts';

/** The underline of a setext heading (`Title` over `=====`), part of the heading itself. */
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** Lines that render nothing: Kramdown markers (`{:toc}`, `{: .class}`) and one-line HTML comments. */
const RENDERS_NOTHING = /^\s*(?:(?:\{:?[^{}\n]*\}|<!--.*?-->)\s*)*$/;

/**
 * `content/empty-section`: a heading followed directly by a heading of the same or a higher level,
 * or by the end of the page. A heading followed by a deeper one introduces subsections and is not empty.
 */
export function findEmptySections({ role, source }: PageRuleInput): Diagnostic[] {
  const { sections } = role;
  const diagnostics: Diagnostic[] = [];
  sections.forEach((section, index) => {
    const next = sections[index + 1];
    if (next !== undefined && next.depth > section.depth) return;
    let from = section.line + 1;
    if (SETEXT_UNDERLINE.test(source.lines[from - 1] ?? '')) from++;
    const to = next === undefined ? source.lines.length : next.line - 1;
    for (let line = from; line <= to; line++) if (!RENDERS_NOTHING.test(source.lines[line - 1] ?? '')) return;
    const followedBy = next === undefined ? 'the page ends right after it' : `the heading "${next.title}" (level ${next.depth}) follows it directly`;
    diagnostics.push(diagnostic('content/empty-section', role.source, { line: section.line, column: firstColumn(source.lines[section.line - 1] ?? '') },
      `The section "${section.title}" is empty: ${followedBy}.`));
  });
  return diagnostics;
}
