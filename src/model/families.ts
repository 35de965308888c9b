import { MARKDOWN_EXTENSIONS } from './markdown-files.ts';
import { departmentIdFromUrl } from './page-url.ts';
import type { Role } from './role.ts';

/** Hugo's page of a folder (a section): `_index.md`. Its name starts with `_`, but it is not private. */
export const FOLDER_PAGE = new RegExp(`^_index(?:\\.html)?\\.(?:${MARKDOWN_EXTENSIONS})$`, 'i');
/** A page bundle's page (`senior/index.md`): the page of its folder, which is one level of the folder above. */
const BUNDLE_PAGE = new RegExp(`^index(?:\\.html)?\\.(?:${MARKDOWN_EXTENSIONS})$`, 'i');

/** One level of a job family kept as a folder: its own page, and the grade that page gives. */
export interface FamilyLevel {
  readonly role: Role;
  readonly grade: number | null;
}

/**
 * A job family kept as a folder (GitLab's handbook since 2023): the `_index.md` page, and the pages
 * beside it, one per level, lowest first.
 */
export interface Family {
  readonly page: Role;
  readonly levels: readonly FamilyLevel[];
}

/**
 * The families of a site: every `_index.md` that has level pages beside it. Levels are ordered by
 * `weight` (as Hugo orders them), then grade, then title; pages without a weight or grade come last.
 * An `_index.md` can also be a mere section of the handbook ("Engineering Roles", a title and no body,
 * above folders of families): one with an empty body, or in a department's own folder, is not a family.
 */
export function findFamilies(roles: readonly Role[]): Family[] {
  const pages = new Map<string, Role>();
  for (const role of roles) {
    const { folder, name } = split(role.sourceInContent);
    if (FOLDER_PAGE.test(name) && role.html.trim() !== '' && departmentIdFromUrl(`/${folder}/`) !== undefined) pages.set(folder, role);
  }
  if (pages.size === 0) return [];
  const members = new Map<string, Role[]>();
  for (const role of roles) {
    const { folder, name } = split(role.sourceInContent);
    if (FOLDER_PAGE.test(name)) continue;
    // A page bundle (`senior/index.md`) sits in a folder of its own, one below the family's.
    const memberOf = BUNDLE_PAGE.test(name) ? split(folder).folder : folder;
    if (!pages.has(memberOf)) continue;
    const list = members.get(memberOf);
    if (list) list.push(role);
    else members.set(memberOf, [role]);
  }
  const families: Family[] = [];
  for (const [folder, page] of pages) {
    const levels = (members.get(folder) ?? []).map((role) => ({ role, grade: levelGrade(role), weight: role.weight ?? null }));
    if (levels.length === 0) continue;
    levels.sort((a, b) => byNumber(a.weight, b.weight) || byNumber(a.grade, b.grade) || compare(a.role.title, b.role.title) || compare(a.role.url, b.role.url));
    families.push({ page, levels: levels.map(({ role, grade }) => ({ role, grade })) });
  }
  return families.sort((a, b) => compare(a.page.url, b.page.url));
}

/** Every role that belongs to a family (its page or one of its levels), by URL, to the family. */
export function familiesByUrl(families: readonly Family[]): Map<string, Family> {
  const byUrl = new Map<string, Family>();
  for (const family of families) {
    byUrl.set(family.page.url, family);
    for (const level of family.levels) byUrl.set(level.role.url, family);
  }
  return byUrl;
}

/** The grade a level page gives itself: the first of its own levels (its levels or its grade sentence) that has one. */
export function levelGrade(role: Role): number | null {
  return role.levels.find((level) => level.grade !== null)?.grade ?? null;
}


function split(path: string): { folder: string; name: string } {
  const slash = path.lastIndexOf('/');
  return { folder: slash < 0 ? '' : path.slice(0, slash), name: path.slice(slash + 1) };
}

function byNumber(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
