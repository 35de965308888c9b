import { diagnostic } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Role } from '../model/role.ts';
import { departmentPath, JOB_ARCHITECTURE_PATH, SITE_FILES } from '../model/site-paths.ts';

/** Paths the build writes for itself (front page, department pages, feeds…), with what each is. */
export function reservedPaths(departmentIds: readonly string[]): Map<string, string> {
  const reserved = new Map<string, string>([['/', 'the front page'], [JOB_ARCHITECTURE_PATH, 'the job-architecture page']]);
  for (const id of departmentIds) reserved.set(departmentPath(id), `the page of the ${id} department`);
  for (const [name, path] of Object.entries(SITE_FILES)) reserved.set(path, `the generated file ${path} (${name})`);
  return reserved;
}

/**
 * Finds pages that would be written to the same place: equal URLs, URLs equal but for letter case
 * (they collide on case-insensitive file systems), redirects that shadow a page, and pages that would
 * overwrite a file the build generates itself.
 */
export function findUrlCollisions(roles: readonly Role[], reserved: ReadonlyMap<string, string> = new Map()): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const generated = new Map([...reserved].map(([path, what]) => [comparable(path), { path, what }]));
  const claimed = new Map<string, { url: string; source: string; what: string }>();
  const claim = (url: string, source: string, what: string): void => {
    const key = comparable(url);
    const builtIn = generated.get(key);
    if (builtIn) {
      diagnostics.push(diagnostic('url/reserved', source, FILE_START, `The ${what} ${url} would overwrite ${builtIn.what}.`));
      return;
    }
    const earlier = claimed.get(key);
    if (!earlier) {
      claimed.set(key, { url, source, what });
      return;
    }
    if (earlier.url === url) {
      diagnostics.push(diagnostic('url/duplicate', source, FILE_START, `The ${what} ${url} is also the ${earlier.what} of ${earlier.source}.`));
    } else {
      diagnostics.push(diagnostic('url/case-collision', source, FILE_START, `The ${what} ${url} differs only in letter case from ${earlier.url} (${earlier.what} of ${earlier.source}).`));
    }
  };
  for (const role of roles) claim(role.url, role.source, 'URL');
  for (const role of roles) for (const from of role.redirectFrom) claim(from, role.source, 'redirect');
  return diagnostics;
}

/** Folder URLs and file paths compared alike (`/roles.json/` writes beside `/roles.json`), ignoring case. */
function comparable(path: string): string {
  return path.toLowerCase().replace(/\/+$/, '') || '/';
}
