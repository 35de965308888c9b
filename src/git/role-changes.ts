import type { Role } from '../model/role.ts';

/** The parts of a role compared between two versions, in the order they are reported. */
export const COMPARED_FIELDS = ['title', 'summary', 'levels', 'openings', 'body'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** How one role differs between a git ref and the working tree. */
export type RoleChange =
  | { readonly kind: 'added'; readonly role: Role }
  | { readonly kind: 'removed'; readonly role: Role }
  /** The URL changed and the new page lists the old URL in `redirect_from`. */
  | { readonly kind: 'moved'; readonly role: Role; readonly before: Role; readonly fields: readonly ComparedField[] }
  | { readonly kind: 'changed'; readonly role: Role; readonly before: Role; readonly fields: readonly ComparedField[] };

const KIND_ORDER: Record<RoleChange['kind'], number> = { added: 0, moved: 1, changed: 2, removed: 3 };

/** Compares two sets of roles by URL: added, removed, moved (with a redirect) and changed, sorted by kind and URL. */
export function compareRoles(before: readonly Role[], after: readonly Role[]): RoleChange[] {
  const oldByUrl = new Map(before.map((role) => [role.url, role]));
  const newUrls = new Set(after.map((role) => role.url));
  const changes: RoleChange[] = [];
  const movedFrom = new Set<string>();
  for (const role of after) {
    const previous = oldByUrl.get(role.url);
    if (previous) {
      const fields = changedFields(previous, role);
      if (fields.length > 0) changes.push({ kind: 'changed', role, before: previous, fields });
      continue;
    }
    const origin = role.redirectFrom.map((url) => oldByUrl.get(url)).find((old) => old !== undefined && !newUrls.has(old.url));
    if (origin) {
      movedFrom.add(origin.url);
      changes.push({ kind: 'moved', role, before: origin, fields: changedFields(origin, role) });
    } else {
      changes.push({ kind: 'added', role });
    }
  }
  for (const role of before) if (!newUrls.has(role.url) && !movedFrom.has(role.url)) changes.push({ kind: 'removed', role });
  return changes.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.role.url < b.role.url ? -1 : a.role.url > b.role.url ? 1 : 0));
}

function changedFields(before: Role, after: Role): ComparedField[] {
  const value: Record<ComparedField, (role: Role) => string> = {
    title: (role) => role.title,
    summary: (role) => role.summary,
    levels: (role) => JSON.stringify(role.levels.map((level) => [level.title, level.grade])),
    openings: (role) => JSON.stringify(role.openings),
    body: (role) => role.html,
  };
  return COMPARED_FIELDS.filter((field) => value[field](before) !== value[field](after));
}
