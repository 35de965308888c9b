import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import type { Role } from '../model/role.ts';
import { checkResolvedLink } from './check-target.ts';
import type { LinkIndex } from './link-index.ts';
import { resolveLink } from './resolve-link.ts';

/** Checks every link written in the pages' Markdown and reports each broken one at its source line and column. */
export function checkContentLinks(roles: readonly Role[], index: LinkIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const role of roles) {
    for (const link of role.links) {
      const problem = checkResolvedLink(link.url, resolveLink(link.url, role, index.site), role, index);
      if (problem) diagnostics.push(diagnostic(problem.rule, role.source, link, problem.message, problem.hint));
    }
  }
  return diagnostics;
}
