import { diagnostic } from '../diagnostics/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Role } from '../model/role.ts';

/**
 * Finds pages that would be written to the same place: equal URLs, URLs equal but for letter case
 * (they collide on case-insensitive file systems), and redirects that shadow a page.
 */
export function findUrlCollisions(roles: readonly Role[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const claimed = new Map<string, { url: string; source: string; what: string }>();
  const claim = (url: string, source: string, what: string): void => {
    const key = url.toLowerCase();
    const earlier = claimed.get(key);
    if (!earlier) {
      claimed.set(key, { url, source, what });
      return;
    }
    if (earlier.url === url) {
      diagnostics.push(diagnostic('url/duplicate', source, { line: 1, column: 1 }, `The ${what} ${url} is also the ${earlier.what} of ${earlier.source}.`));
    } else {
      diagnostics.push(diagnostic('url/case-collision', source, { line: 1, column: 1 }, `The ${what} ${url} differs only in letter case from ${earlier.url} (${earlier.what} of ${earlier.source}).`));
    }
  };
  for (const role of roles) claim(role.url, role.source, 'URL');
  for (const role of roles) for (const from of role.redirectFrom) claim(from, role.source, 'redirect');
  return diagnostics;
}
