import { countBySeverity, type Diagnostic } from './diagnostic.ts';

export const FORMATS = ['text', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Renders diagnostics for a terminal or CI log: `file:line:column severity rule message`, the hint below. */
export function formatText(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const lines = diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}\n    hint: ${d.hint}`);
  const { errors, warnings } = countBySeverity(diagnostics);
  lines.push(`Result (${fileCount} ${fileCount === 1 ? 'file' : 'files'}): ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return `${lines.join('\n')}\n`;
}

/** A JSON array of diagnostics with exactly the documented fields. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const plain = diagnostics.map(({ file, line, column, severity, rule, message, hint }) => ({ file, line, column, severity, rule, message, hint }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}

/** Renders diagnostics in the chosen format. */
export function formatDiagnostics(format: Format, diagnostics: readonly Diagnostic[], fileCount: number): string {
  return format === 'json' ? formatJson(diagnostics) : formatText(diagnostics, fileCount);
}
