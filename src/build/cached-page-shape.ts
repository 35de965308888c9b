import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { LoadedPage } from '../content/load-page.ts';
import type { Role } from '../model/role.ts';

type Kind = 'string' | 'array' | 'object';
/** The fields a `Role` must have. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/**
 * The kind of every required field of a `Role`. `satisfies` makes a required field added to `Role`
 * fail the type check here until it is listed, so a page read back from the cache is checked against
 * the whole type.
 */
const ROLE_FIELDS = {
  source: 'string',
  sourceInContent: 'string',
  url: 'string',
  title: 'string',
  titleAt: 'object',
  summary: 'string',
  department: 'object',
  levels: 'array',
  specialties: 'array',
  responsibilities: 'array',
  requirements: 'array',
  performanceIndicators: 'array',
  hiringProcess: 'array',
  sections: 'array',
  links: 'array',
  redirectFrom: 'array',
  openings: 'array',
  html: 'string',
  text: 'string',
} as const satisfies Record<RequiredKeys<Role>, Kind>;

/** Optional fields of a `Role` that the rest of the build reads as lists when present. */
const OPTIONAL_LISTS: readonly string[] = ['anchors', 'atsTitles'];

const DIAGNOSTIC_FIELDS = { file: 'string', line: 'number', column: 'number', severity: 'string', rule: 'string', message: 'string', hint: 'string' } as const satisfies Record<keyof Diagnostic, 'string' | 'number'>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasKind(value: unknown, kind: Kind): boolean {
  if (kind === 'string') return typeof value === 'string';
  if (kind === 'object') return isObject(value);
  return Array.isArray(value);
}

function isDiagnostic(value: unknown): boolean {
  return isObject(value) && Object.entries(DIAGNOSTIC_FIELDS).every(([field, kind]) => typeof value[field] === kind);
}

/**
 * Whether a value read back from the page cache has the shape of a `LoadedPage`, down to the kind of
 * each of its role's fields: a record that passed its checksum may still come from a build whose types
 * differed, and the rest of the build must never meet an ill-shaped page.
 */
export function isLoadedPage(value: unknown): value is LoadedPage {
  if (!isObject(value) || !Array.isArray(value['diagnostics']) || !value['diagnostics'].every(isDiagnostic)) return false;
  const role = value['role'];
  if (role === undefined) return true;
  return isObject(role) && Object.entries(ROLE_FIELDS).every(([field, kind]) => hasKind(role[field], kind))
    && OPTIONAL_LISTS.every((field) => role[field] === undefined || Array.isArray(role[field]));
}
