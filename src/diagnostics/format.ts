import { createHash } from 'node:crypto';
import { countBySeverity, type Diagnostic } from './diagnostic.ts';

/** Every report format: for people (text), tools (json) and CI systems (junit, gitlab, github). */
export const FORMATS = ['text', 'json', 'junit', 'gitlab', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** Renders diagnostics for a terminal or CI log: `file:line:column severity rule message`, the hint below. */
export function formatText(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const lines = diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}\n    hint: ${d.hint}`);
  lines.push(...pageSummaries(diagnostics));
  const { errors, warnings } = countBySeverity(diagnostics);
  lines.push(`Result (${fileCount} ${fileCount === 1 ? 'file' : 'files'}): ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return `${lines.join('\n')}\n`;
}

/**
 * One line per page with wording or pay findings, read from the findings themselves (so a rule turned
 * off leaves its part out): `content/a.md: masculine-coded (7/1), reading ease 38, 2 openings need a pay range`.
 */
export function pageSummaries(diagnostics: readonly Diagnostic[]): string[] {
  const byFile = new Map<string, { balance?: string; ease?: string; pay: number }>();
  for (const d of diagnostics) {
    const balance = d.rule === 'language/gender-balance' ? /is ((?:strongly )?\S+-coded): (\d+) masculine-coded and (\d+) feminine-coded/.exec(d.message) : null;
    const ease = d.rule === 'language/readability' ? /reading ease is (-?\d+)/.exec(d.message) : null;
    if (!balance && !ease && d.rule !== 'openings/pay-transparency') continue;
    const page = byFile.get(d.file) ?? { pay: 0 };
    if (balance) page.balance = `${balance[1]} (${balance[2]}/${balance[3]})`;
    if (ease) page.ease = `reading ease ${ease[1]}`;
    if (d.rule === 'openings/pay-transparency') page.pay++;
    byFile.set(d.file, page);
  }
  return [...byFile].map(([file, page]) => {
    const pay = page.pay === 0 ? [] : [`${page.pay} ${page.pay === 1 ? 'opening needs' : 'openings need'} a pay range`];
    return `${file}: ${[page.balance, page.ease, ...pay].filter((part) => part !== undefined).join(', ')}`;
  });
}

/** A JSON array of diagnostics with exactly the documented fields. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const plain = diagnostics.map(({ file, line, column, severity, rule, message, hint }) => ({ file, line, column, severity, rule, message, hint }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}

/**
 * GitLab Code Quality report (shown on the merge request diff). The fingerprint is stable across
 * runs and independent of the line, so a finding that moves is not reported as new.
 */
export function formatGitlab(diagnostics: readonly Diagnostic[]): string {
  const seen = new Map<string, number>();
  const report = diagnostics.map((d) => {
    const base = `${d.file}\0${d.rule}\0${d.message}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return {
      description: `${d.message} ${d.hint}`,
      check_name: d.rule,
      fingerprint: createHash('sha256').update(`${base}\0${occurrence}`).digest('hex').slice(0, 32),
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: { path: d.file, lines: { begin: d.line } },
    };
  });
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** GitHub Actions workflow commands: each finding becomes an annotation on its line. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `::${d.severity === 'error' ? 'error' : 'warning'} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}::${escapeData(`${d.message} Hint: ${d.hint}`)}\n`)
    .join('');
}

/** JUnit XML: one test case per file checked; each finding that fails the run is a failure, warnings go to system-out. */
export function formatJunit(diagnostics: readonly Diagnostic[], files: readonly string[], suiteName = 'careers check'): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of files) byFile.set(file, []);
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  // `failures` counts failing test cases (files with an error), as JUnit readers expect, not findings.
  const failures = [...byFile.values()].filter((found) => found.some((d) => d.severity === 'error')).length;
  const cases = [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, found]) => {
    const errors = found.filter((d) => d.severity === 'error');
    const warnings = found.filter((d) => d.severity === 'warning');
    const failureXml = errors.map((d) => `      <failure type="${xml(d.rule)}" message="${xml(`${d.line}:${d.column} ${d.message}`)}">${xml(`${d.file}:${d.line}:${d.column} ${d.message}\nhint: ${d.hint}`)}</failure>\n`).join('');
    const outXml = warnings.length > 0 ? `      <system-out>${xml(warnings.map((d) => `${d.file}:${d.line}:${d.column} warning ${d.rule} ${d.message} (hint: ${d.hint})`).join('\n'))}</system-out>\n` : '';
    return `    <testcase classname="${xml(suiteName)}" name="${xml(file)}" file="${xml(file)}">\n${failureXml}${outXml}    </testcase>\n`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(suiteName)}" tests="${byFile.size}" failures="${failures}">\n  <testsuite name="${xml(suiteName)}" tests="${byFile.size}" failures="${failures}">\n${cases.join('')}  </testsuite>\n</testsuites>\n`;
}

/** Renders diagnostics in the chosen format; `files` are all files checked (JUnit lists clean ones as passing). */
export function formatDiagnostics(format: Format, diagnostics: readonly Diagnostic[], files: readonly string[]): string {
  switch (format) {
    case 'json': return formatJson(diagnostics);
    case 'gitlab': return formatGitlab(diagnostics);
    case 'github': return formatGithub(diagnostics);
    case 'junit': return formatJunit(diagnostics, files);
    case 'text': return formatText(diagnostics, files.length);
  }
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    // XML 1.0 cannot carry most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
