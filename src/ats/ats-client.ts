import type { AtsProvider, Opening } from '../model/role.ts';

/** What a provider module turns an answer into: openings, or why the answer is not the documented format. */
export type ParsedBoard =
  | { readonly ok: true; readonly openings: Opening[]; /** Why some jobs were left out. */ readonly skipped: string[] }
  | { readonly ok: false; readonly problem: string };

/** One applicant-tracking system's public job-board API: where to ask, and how to read the answer. */
export interface AtsClient {
  readonly provider: AtsProvider;
  /** The provider's name as people write it. */
  readonly name: string;
  /** The address that lists every published job of `board`, on `apiUrl` when given (a proxy or a test server). */
  url(board: string, apiUrl?: string): string;
  /** Reads a decoded JSON answer; never throws for bad data. */
  parse(body: unknown): ParsedBoard;
}

/** Openings from jobs read one by one: those that could not become openings are listed in `skipped`. */
export function collectOpenings(results: ReadonlyArray<Opening | string>): ParsedBoard {
  const openings: Opening[] = [];
  const skipped: string[] = [];
  for (const result of results) {
    if (typeof result === 'string') skipped.push(result);
    else openings.push(result);
  }
  return { ok: true, openings, skipped };
}

/** One line that says where a zod failure is: "jobs.3.title: expected string". */
export function firstIssue(error: { readonly issues: ReadonlyArray<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'the answer does not have the documented form';
  const path = issue.path.map(String).join('.');
  return `${path === '' ? 'the answer' : `\`${path}\``}: ${issue.message}`;
}

/** The API address with `path` appended, keeping any path the configured `api_url` already has. */
export function apiAddress(base: string, path: string, query = ''): string {
  return `${base.replace(/\/+$/, '')}${path}${query}`;
}
