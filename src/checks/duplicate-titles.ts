import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import type { Role } from '../model/role.ts';

/**
 * `content/duplicate-title`: two roles with the same title (ignoring case). Every page involved is
 * reported, at its `title`, so a merge request that adds the second one sees it on its own file.
 */
export function findDuplicateTitles(roles: readonly Role[]): Diagnostic[] {
  const byTitle = new Map<string, Role[]>();
  for (const role of roles) {
    const key = role.title.toLowerCase();
    byTitle.set(key, [...(byTitle.get(key) ?? []), role]);
  }
  return [...byTitle.values()].filter((group) => group.length > 1).flatMap((group) => group.map((role) => {
    const others = group.filter((other) => other !== role).map((other) => `${other.source} (${other.url})`).join(', ');
    return diagnostic('content/duplicate-title', role.source, role.titleAt, `The title "${role.title}" is also the title of ${others}.`);
  }));
}
