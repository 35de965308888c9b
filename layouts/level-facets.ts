import type { Level } from '../src/model/role.ts';

/**
 * Seniority words a level title may carry, in ladder order. The index's "Level" filter offers the ones
 * the site uses; a level can carry several ("Senior Manager" is both Senior and Manager).
 */
export const LEVEL_KINDS = [
  { id: 'intern', label: 'Intern', pattern: /\bintern(ship)?\b/i },
  { id: 'junior', label: 'Junior', pattern: /\bjunior\b/i },
  { id: 'associate', label: 'Associate', pattern: /\bassociate\b/i },
  { id: 'intermediate', label: 'Intermediate', pattern: /\bintermediate\b/i },
  { id: 'senior', label: 'Senior', pattern: /\bsenior\b/i },
  { id: 'staff', label: 'Staff', pattern: /\bstaff\b/i },
  { id: 'principal', label: 'Principal', pattern: /\bprincipal\b/i },
  { id: 'distinguished', label: 'Distinguished', pattern: /\b(distinguished|fellow)\b/i },
  { id: 'lead', label: 'Lead', pattern: /\blead\b/i },
  { id: 'manager', label: 'Manager', pattern: /\bmanager\b/i },
  { id: 'director', label: 'Director', pattern: /\bdirector\b/i },
  { id: 'executive', label: 'Executive', pattern: /\b(vice president|vp|chief|head of)\b/i },
] as const;

export type LevelKindId = (typeof LEVEL_KINDS)[number]['id'];

/** One level as the filter script reads it: its seniority words and its grade. */
export interface LevelFacet {
  readonly k: readonly LevelKindId[];
  readonly g: number | null;
}

/** The seniority words of one level title, in ladder order. */
export function levelKinds(title: string): LevelKindId[] {
  return LEVEL_KINDS.filter((kind) => kind.pattern.test(title)).map((kind) => kind.id);
}

/** What the filter script needs to know about a role's levels. */
export function levelFacets(levels: readonly Level[]): LevelFacet[] {
  return levels.map((level) => ({ k: levelKinds(level.title), g: level.grade }));
}
