import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { FILE_START } from '../diagnostics/diagnostic.ts';
import { displayPath } from '../diagnostics/file-path.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import { packagePath } from '../package-root.ts';
import { LAYOUT_FILES, type LayoutName } from '../../layouts/site-pages.ts';
import { checkResolvedLink, type LinkProblem } from './check-target.ts';
import type { HtmlLink } from './html-scan.ts';
import type { LinkIndex } from './link-index.ts';
import { resolveLink } from './resolve-link.ts';

/** A page the layouts render, reduced to what the link check needs. */
export interface ScannedPage {
  /** Site path of the page. */
  readonly path: string;
  /** The layout that rendered it, where its broken links are reported. */
  readonly layout: LayoutName;
  readonly ids: readonly string[];
  readonly links: readonly HtmlLink[];
}

/**
 * Checks the links the layouts write on each rendered page and reports each broken one once, at the
 * layout that rendered it, with the link, how many pages carry it and the first of them.
 */
export function checkLayoutLinks(pages: Iterable<ScannedPage>, index: LinkIndex): Diagnostic[] {
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
      const d = diagnostic(problem.rule, displayPath(packagePath(LAYOUT_FILES[page.layout])), FILE_START, problem.message, problem.hint);
      const key = `${d.file}\0${d.rule}\0${d.message}`;
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
