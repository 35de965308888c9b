import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { displayPath, toSlashes } from '../../diagnostics/file-path.ts';
import type { Role } from '../../model/role.ts';
import { lineLocator } from '../../diagnostics/positions.ts';
import { scanHtml } from '../html-scan.ts';
import { isOutsideSite, type LinkIndex } from '../link-index.ts';
import { resolveLink, UNPUBLISHED_ORIGIN, type ResolvedLink } from '../resolve-link.ts';

/** Where an external link is written: its Markdown line when it comes from a page, else the built HTML. */
export interface LinkUse {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One external URL of the built site and everywhere it is reported. */
export interface ExternalLink {
  readonly url: string;
  readonly uses: readonly LinkUse[];
  /** How many built pages carry it (for links the layouts write on every page). */
  readonly pages: number;
  /** True when the uses are Markdown lines; false when no page body wrote the URL and it is shown in the HTML. */
  readonly fromSource: boolean;
}

/** The URL to fetch for a link that leaves the site, or undefined when it stays on it or is not a web link. */
export function externalUrl(link: ResolvedLink, index: LinkIndex): string | undefined {
  if (link.kind === 'external') return link.url;
  // Without an origin, a root-relative link that leaves the site has no host to be asked on.
  if (link.kind === 'site' && isOutsideSite(index, link.path)) return link.absolute.startsWith(`${UNPUBLISHED_ORIGIN}/`) ? undefined : link.absolute;
  return undefined;
}

/**
 * Lists every external URL in the built HTML under `siteDir`, each mapped back to the Markdown lines
 * that wrote it (from the roles' links); a URL no page body wrote is reported at its first HTML use.
 */
export async function collectExternalLinks(siteDir: string, index: LinkIndex, roles: readonly Role[], cwd = process.cwd()): Promise<ExternalLink[]> {
  const inHtml = new Map<string, { first: LinkUse; pages: Set<string> }>();
  for (const file of await htmlFiles(siteDir)) {
    const text = await readFile(file, 'utf8');
    const locate = lineLocator(text);
    const page = sitePathOf(toSlashes(relative(siteDir, file)));
    for (const link of scanHtml(text).links) {
      const url = externalUrl(resolveLink(link.url, { url: page }, index.site), index);
      if (url === undefined) continue;
      const seen = inHtml.get(url) ?? { first: { file: displayPath(file, cwd), ...locate(link.offset) }, pages: new Set<string>() };
      seen.pages.add(page);
      inHtml.set(url, seen);
    }
  }
  const inSource = new Map<string, LinkUse[]>();
  for (const role of roles) {
    for (const link of role.links) {
      const url = externalUrl(resolveLink(link.url, role, index.site), index);
      if (url !== undefined && inHtml.has(url)) inSource.set(url, [...(inSource.get(url) ?? []), { file: role.source, line: link.line, column: link.column }]);
    }
  }
  return [...inHtml].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([url, { first, pages }]) => {
      const uses = inSource.get(url);
      return { url, uses: uses ?? [first], pages: pages.size, fromSource: uses !== undefined };
    });
}

/** The site path a built file is served at: `a/b/index.html` → `/a/b/`. */
function sitePathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name)).sort();
}
