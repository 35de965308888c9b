import { diagnostic } from '../diagnostics/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { unsafeUrlPathReason } from '../model/url-path.ts';
import type { PositionedYaml } from '../yaml/validate-yaml.ts';
import { valuePosition } from '../yaml/yaml-position.ts';

/** Jekyll's placeholders (`/:categories/:title/`), which only Jekyll can fill in. */
const PLACEHOLDER = /:[A-Za-z_]/;

/**
 * A Jekyll page's `permalink` as the page's path, as Jekyll published it: a plain folder path
 * (`/careers/engineer/`, or `/careers/engineer` without its slash). One with placeholders, one naming
 * a file (`/careers/engineer.html`) or one unsafe in a URL is not used, with a warning saying so.
 */
export function jekyllPermalink(permalink: string, yaml: PositionedYaml, file: string, fileUrl: string): { path?: string; diagnostic?: Diagnostic } {
  const written = permalink.trim();
  const path = written.startsWith('/') ? written : `/${written}`;
  const last = path.split('/').filter((part) => part !== '').pop() ?? '';
  const problem = PLACEHOLDER.test(path) ? 'it has placeholders only Jekyll fills in' : last.includes('.') ? 'it names a file, and pages are published as folders' : unsafeUrlPathReason(path.endsWith('/') ? path : `${path}/`);
  if (problem === undefined) return { path };
  const at = valuePosition(yaml.document, ['permalink'], yaml.positionAt);
  return { diagnostic: diagnostic('front-matter/permalink', file, at, `The permalink ${JSON.stringify(permalink)} is not used (${problem}); the page is published at ${fileUrl}, the URL of its file.`) };
}
