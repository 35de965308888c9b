import type { Diagnostic, Severity } from './diagnostic.ts';

/** Applies the severities the settings give rules: `off` drops a finding, `warning`/`error` changes it. */
export function applyRuleSettings(diagnostics: readonly Diagnostic[], severities: Readonly<Partial<Record<string, 'off' | Severity>>>): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const setting = severities[d.rule];
    if (setting === undefined) return [d];
    if (setting === 'off') return [];
    return [{ ...d, severity: setting }];
  });
}
