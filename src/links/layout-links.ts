import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import { checkResolvedLink, type LinkProblem } from './check-target.ts';
import type { HtmlLink } from './html-scan.ts';
import { findLayoutAttribute, layoutAttributes, LAYOUTS_DIR, type LayoutAttribute } from './layout-source.ts';
import type { LinkIndex } from './link-index.ts';
import { resolveLink } from './resolve-link.ts';

/** A page the layouts render, reduced to what the link check needs. */
export interface ScannedPage {
  /** Site path of the page. */
  readonly path: string;
  readonly ids: readonly string[];
  readonly links: readonly HtmlLink[];
}

/**
 * Checks the links the layouts write on each rendered page and reports each broken one once, at the
 * layout line that wrote it, with how many pages carry it.
 */
export function checkLayoutLinks(pages: Iterable<ScannedPage>, index: LinkIndex, attributes: readonly LayoutAttribute[] = layoutAttributes()): Diagnostic[] {
  const found = new Map<string, { diagnostic: Diagnostic; pages: number; firstPage: string }>();
  // Most layout links are the same on every page (`/`, the stylesheet, the feeds): an absolute or
  // root-relative one means the same wherever it is written, so it is checked once.
  const sameEverywhere = new Map<string, LinkProblem | undefined>();
  for (const page of pages) {
    for (const link of page.links) {
      const independent = link.url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(link.url);
      let problem = independent ? sameEverywhere.get(link.url) : undefined;
      if (!independent || !sameEverywhere.has(link.url)) {
        problem = checkResolvedLink(link.url, resolveLink(link.url, { url: page.path }, index.site), { url: page.path }, index);
        if (independent) sameEverywhere.set(link.url, problem);
      }
      if (!problem) continue;
      const at = findLayoutAttribute(link.url, attributes, index.site) ?? { file: baseLayoutFile(), line: 1, column: 1 };
      const d = diagnostic(problem.rule, at.file, at, problem.message, problem.hint);
      const key = `${d.file}\0${d.line}\0${d.column}\0${d.rule}\0${d.message}`;
      const seen = found.get(key);
      if (seen) seen.pages++;
      else found.set(key, { diagnostic: d, pages: 1, firstPage: page.path });
    }
  }
  return [...found.values()].map(({ diagnostic: d, pages: count, firstPage }) => ({
    ...d,
    message: `${d.message} (written by the layout on ${count === 1 ? `the page ${firstPage}` : `${count} pages, such as ${firstPage}`})`,
  }));
}

/** Where a layout link is reported when no layout attribute matches it: the shell every page shares. */
function baseLayoutFile(): string {
  return relative(process.cwd(), join(LAYOUTS_DIR, 'base.ts')).split(sep).join('/');
}
