import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Role } from '../model/role.ts';
import type { Settings } from '../model/settings-schema.ts';
import type { PageSource } from './page-source.ts';

/** What a content rule sees of one page: the typed role, its source text, and the site settings. */
export interface PageRuleInput {
  readonly role: Role;
  readonly source: PageSource;
  readonly settings: Settings;
}

/** A content rule over one page; it reports every finding at its exact position. */
export type PageRule = (input: PageRuleInput) => Diagnostic[];
