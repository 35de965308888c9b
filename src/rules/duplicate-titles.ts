import { FILE_START, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import type { Role } from '../model/role.ts';
import type { PageSource } from './page-source.ts';

/**
 * `content/duplicate-title`: two roles with the same title (ignoring case). Every page involved is
 * reported, at its `title`, so a merge request that adds the second one sees it on its own file.
 */
export function findDuplicateTitles(roles: readonly Role[], sourceOf: (role: Role) => PageSource | undefined): Diagnostic[] {
  const byTitle = new Map<string, Role[]>();
  for (const role of roles) {
    const key = role.title.toLowerCase();
    byTitle.set(key, [...(byTitle.get(key) ?? []), role]);
  }
  return [...byTitle.values()].filter((group) => group.length > 1).flatMap((group) => group.map((role) => {
    const others = group.filter((other) => other !== role).map((other) => `${other.source} (${other.url})`).join(', ');
    const source = sourceOf(role);
    const at = source ? titlePosition(source) : FILE_START;
    return diagnostic('content/duplicate-title', role.source, at, `The title "${role.title}" is also the title of ${others}.`);
  }));
}

/**
 * Where the `title` value starts. The usual one-line `title: …` is found in the text; anything else
 * (a block scalar, a value on the next line) is left to the YAML parser. A site of copied pages can
 * have hundreds of duplicates, and parsing each page's YAML again for one position showed in profiles.
 */
function titlePosition(source: PageSource): Position {
  for (let index = 1; index < source.lines.length; index++) {
    const line = source.lines[index] ?? '';
    if (/^---[ \t]*$/.test(line)) break;
    const key = /^title:[ \t]+(?=[^\s#|>])/.exec(line);
    if (key) return { line: index + 1, column: key[0].length + 1 };
  }
  return source.valueAt(['title']);
}
