/** A problem found in content or settings, always tied to a position in a file. */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the file, relative to the working directory, with forward slashes. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly severity: Severity;
  /** Stable rule id, e.g. `front-matter/unknown-key`; documented in docs/rules.md. */
  readonly rule: string;
  readonly message: string;
  readonly hint: string;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The start of a file, for problems that belong to the file as a whole. */
export const FILE_START: Position = { line: 1, column: 1 };

/** Orders diagnostics by file, line, column and rule, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** True when at least one diagnostic fails the run (errors always; warnings too when strict). */
export function hasFailures(diagnostics: readonly Diagnostic[], strict = false): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}

/** Counts diagnostics by severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
