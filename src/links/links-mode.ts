import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** How a build treats link problems: fail on them (`error`), report them only (`warn`), or skip them (`off`). */
export const LINKS_MODES = ['error', 'warn', 'off'] as const;
export type LinksMode = (typeof LINKS_MODES)[number];

/** True for a rule of the link checker. */
export function isLinkRule(rule: string): boolean {
  return rule.startsWith('link/');
}

/** Applies `--links`: `warn` turns link errors into warnings, so a preview build goes on; `off` drops them. */
export function applyLinksMode(diagnostics: readonly Diagnostic[], mode: LinksMode): Diagnostic[] {
  if (mode === 'error') return [...diagnostics];
  return diagnostics.flatMap((d) => {
    if (!isLinkRule(d.rule)) return [d];
    return mode === 'off' ? [] : [{ ...d, severity: 'warning' as const }];
  });
}
