import { closest, distance } from 'fastest-levenshtein';
import { typoLimit } from '../diagnostics/suggest.ts';
import type { z } from 'zod';
import { diagnostic, type RuleId } from '../diagnostics/rules.ts';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import type { Document } from 'yaml';
import { keyPosition, valuePosition, type PathKey } from './yaml-position.ts';

/** Parsed YAML with what is needed to point at its keys and values. */
export interface PositionedYaml {
  readonly data: unknown;
  readonly document: Document | undefined;
  readonly positionAt: (offset: number) => Position;
}

/** The rule ids a kind of YAML file reports under, and the keys it knows at each path (for "did you mean"). */
export interface YamlRules {
  readonly unknownKey: RuleId;
  readonly required: RuleId;
  readonly type: RuleId;
  /** Known keys by the path of their map, string keys only, joined with "." (`''` is the top level). */
  readonly knownKeys: Readonly<Record<string, readonly string[]>>;
  /** Where every key is described, for a hint that cannot list them all. */
  readonly reference: string;
}

/** More known keys than this, and a hint names the first ones and the reference instead of every one. */
const LISTED_KEYS = 12;

export type ValidationResult<T> = { ok: true; data: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Checks parsed YAML against a strict zod schema. Every problem becomes a diagnostic at the exact key or
 * value; unknown keys are warnings (with a "did you mean"), and are dropped so the rest can still be checked.
 */
export function validateYaml<T>(schema: z.ZodType<T>, yaml: PositionedYaml, file: string, rules: YamlRules): ValidationResult<T> {
  const diagnostics: Diagnostic[] = [];
  let input: unknown = yaml.data;
  let result = schema.safeParse(input);
  if (!result.success) {
    const unknown = result.error.issues.filter((i) => i.code === 'unrecognized_keys');
    if (unknown.length > 0) {
      input = structuredClone(input);
      for (const issue of unknown) {
        for (const key of issue.keys) {
          diagnostics.push(unknownKey(yaml, file, issue.path as PathKey[], key, rules));
          deleteKey(input, issue.path as PathKey[], key);
        }
      }
      result = schema.safeParse(input);
    }
  }
  if (!result.success) {
    for (const issue of result.error.issues) diagnostics.push(issueDiagnostic(yaml, file, issue, rules));
    return { ok: false, diagnostics };
  }
  return { ok: true, data: result.data, diagnostics };
}

function unknownKey(frontMatter: PositionedYaml, file: string, path: PathKey[], key: string, rules: YamlRules): Diagnostic {
  const at = keyPosition(frontMatter.document, path, key, frontMatter.positionAt) ?? valuePosition(frontMatter.document, path, frontMatter.positionAt);
  const known = [...(rules.knownKeys[path.filter((p): p is string => typeof p === 'string').join('.')] ?? [])];
  const guess = known.length > 0 ? closest(key, known) : undefined;
  const where = path.length === 0 ? '' : ` in \`${formatPath(path)}\``;
  const hint = guess !== undefined && distance(key.toLowerCase(), guess) <= typoLimit(guess)
    ? `Did you mean \`${guess}\`?`
    : known.length > LISTED_KEYS
      ? `Known keys here include ${known.slice(0, LISTED_KEYS).map((k) => `\`${k}\``).join(', ')} and ${known.length - LISTED_KEYS} more; ${rules.reference} lists them all.`
      : `Known keys here: ${known.map((k) => `\`${k}\``).join(', ')}.`;
  return diagnostic(rules.unknownKey, file, at, `Unknown key \`${key}\`${where}; it is ignored.`, hint);
}

function issueDiagnostic(frontMatter: PositionedYaml, file: string, issue: z.core.$ZodIssue, rules: YamlRules): Diagnostic {
  const path = issue.path as PathKey[];
  const at = valuePosition(frontMatter.document, path, frontMatter.positionAt);
  const name = `\`${formatPath(path)}\``;
  if (issue.code === 'invalid_type') {
    const received = describe(valueAt(frontMatter.data, path));
    if (received === 'nothing') {
      return diagnostic(rules.required, file, at, `${name} is required.`, requiredHint(path));
    }
    return diagnostic(rules.type, file, at, `${name} must be ${article(issue.expected)}, not ${received}.`, typeHint(issue.expected));
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return diagnostic(rules.type, file, at, `${name} must be one of ${allowed}.`, `Use one of ${allowed}.`);
  }
  if (issue.code === 'invalid_union') {
    return diagnostic(rules.type, file, at, `${name} must be a site path or a list of site paths, not ${describe(valueAt(frontMatter.data, path))}.`, 'Write a path such as "/jobs/old-name/", or a list of them.');
  }
  return diagnostic(rules.type, file, at, `${name}: ${issue.message}.`);
}

function requiredHint(path: readonly PathKey[]): string {
  const key = path[path.length - 1];
  if (path.length === 1 && key === 'title') return 'Add a line `title: "Role name"` to the front matter.';
  return `Add \`${String(key)}:\` here.`;
}

function typeHint(expected: string): string {
  if (expected === 'string') return 'Put the value in double quotes.';
  if (expected === 'number') return 'Write a plain number without quotes, such as `7`.';
  if (expected === 'array') return 'Write a list: one item per line, each starting with "- ".';
  if (expected === 'object') return 'Write `key: value` pairs, indented under this key.';
  if (expected === 'boolean') return 'Write `true` or `false`, without quotes.';
  return 'Correct the value.';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of keys';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${article(typeof value)} (${String(value)})`;
}

function article(type: string): string {
  const names: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a set of keys', int: 'a whole number' };
  return names[type] ?? type;
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

function deleteKey(data: unknown, path: readonly PathKey[], key: string): void {
  const parent = valueAt(data, path);
  if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[key];
}

/** `openings[0].salary.min` */
export function formatPath(path: readonly PathKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(front matter)';
}
