import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import type { Opening, Role } from '../model/role.ts';
import { titleKey } from './title-key.ts';

/** Roles with the ATS openings that belong to them, and the openings no role claims. */
export interface JoinedOpenings {
  /** The same roles in the same order; a role with ATS openings is a copy with them appended. */
  readonly roles: Role[];
  readonly unmatched: Opening[];
  /** One `ats/unmatched-job` per unmatched opening, at the settings' `ats:` key. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Attaches each ATS opening to a role: first the role whose `ats_titles` lists the job's id, then one
 * whose `ats_titles` lists its title, then one titled like it or with a level titled like it (titles
 * compared by `titleKey`). When two roles claim a title the first by URL wins, so a build is stable.
 */
export function joinOpenings(roles: readonly Role[], openings: readonly Opening[], settingsFile: string, at: Position): JoinedOpenings {
  const byId = new Map<string, number>();
  const byListedTitle = new Map<string, number>();
  const byTitle = new Map<string, number>();
  const order = roles.map((role, index) => ({ role, index })).sort((a, b) => (a.role.url < b.role.url ? -1 : a.role.url > b.role.url ? 1 : 0));
  for (const { role, index } of order) {
    for (const listed of role.atsTitles ?? []) {
      if (!byId.has(listed)) byId.set(listed, index);
      const key = titleKey(listed);
      if (!byListedTitle.has(key)) byListedTitle.set(key, index);
    }
    for (const title of [role.title, ...role.levels.map((level) => level.title)]) {
      const key = titleKey(title);
      if (key !== '' && !byTitle.has(key)) byTitle.set(key, index);
    }
  }
  const attached = new Map<number, Opening[]>();
  const unmatched: Opening[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const opening of openings) {
    const key = titleKey(opening.title ?? '');
    const index = byId.get(opening.ats?.jobId ?? '') ?? byListedTitle.get(key) ?? byTitle.get(key);
    if (index === undefined) {
      unmatched.push(opening);
      const department = opening.ats?.department;
      diagnostics.push(diagnostic('ats/unmatched-job', settingsFile, at,
        `The ATS job "${opening.title ?? opening.id}" (id ${opening.ats?.jobId ?? opening.id}${department ? `, ${department}` : ''}) matches no role page; the index lists it under "${department ?? 'Other'}" with its ATS link.`,
        `Add a page for its job family, or add \`ats_titles: ["${opening.title ?? ''}"]\` to the role it belongs to.`));
    } else {
      attached.set(index, [...(attached.get(index) ?? []), opening]);
    }
  }
  const joined = roles.map((role, index) => {
    const extra = attached.get(index);
    return extra ? { ...role, openings: [...role.openings, ...extra] } : role;
  });
  return { roles: joined, unmatched, diagnostics };
}
