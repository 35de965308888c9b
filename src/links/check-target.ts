import type { RuleId } from '../diagnostics/rules.ts';
import { isOutsideSite, type LinkIndex } from './link-index.ts';
import type { LinkFrom, ResolvedLink } from './resolve-link.ts';
import { closestMatch, suggestPage } from '../diagnostics/suggest.ts';
import { MARKDOWN_FILE } from '../model/markdown-files.ts';

/** Why a link is broken, worded for the person who wrote it; the caller adds the position. */
export interface LinkProblem {
  readonly rule: RuleId;
  readonly message: string;
  /** A specific fix ("Did you mean …?"); the rule's default hint when absent. */
  readonly hint?: string;
}

/** Checks a resolved link against what the site builds; undefined when it works or leaves the site. */
export function checkResolvedLink(href: string, link: ResolvedLink, from: LinkFrom, index: LinkIndex): LinkProblem | undefined {
  const quoted = (): string => JSON.stringify(href);
  switch (link.kind) {
    case 'ignored':
    case 'external':
      return undefined;
    case 'empty':
      return { rule: 'link/empty', message: 'The link has an empty target, so it goes nowhere.' };
    case 'malformed':
      return { rule: 'link/malformed', message: `The link ${quoted()} is broken: ${link.reason}.` };
    case 'unsafe':
      return { rule: 'link/unsafe-scheme', message: `The link ${quoted()} uses the ${link.scheme}: scheme; the sanitiser removes it, so the link does nothing.` };
    case 'content-file': {
      const page = index.contentFiles.get(link.file);
      if (page === undefined) {
        const near = closestMatch(link.file, index.contentFiles.keys());
        // An image or document beside the pages is published only when it is a file of the content folder.
        const missing = MARKDOWN_FILE.test(link.file) ? 'which does not exist' : 'which is not a file inside the content folder, so it is not published';
        return { rule: 'link/missing-page', message: `The link ${quoted()} points at the content file ${link.file}, ${missing}.`, ...didYouMean(near) };
      }
      return checkSitePath(href, page, link.fragment, from, index);
    }
    case 'site':
      return checkSitePath(href, link.path, link.fragment, from, index);
  }
}

function checkSitePath(href: string, path: string, fragment: string | undefined, from: LinkFrom, index: LinkIndex): LinkProblem | undefined {
  if (index.files.has(path)) return undefined;
  const redirectedTo = index.redirects.get(path);
  const page = index.pages.has(path) ? path : redirectedTo;
  if (page === undefined && isOutsideSite(index, path)) return undefined;
  const fragmentFound = fragment === undefined || fragment === '' || index.pages.get(page ?? '')?.has(fragment) !== false;
  if (page !== undefined && redirectedTo === undefined && fragmentFound) return undefined;
  // Messages are worded only from here on: most links are fine, and a large site has tens of thousands.
  const show = shownPath(index);
  const quoted = JSON.stringify(href);
  if (page === undefined) {
    // Name the resolved path only when it says more than the link itself (a relative link, a missing slash).
    const link = href.split('#')[0] === show(path) ? `The link ${quoted}` : `The link ${quoted} (${show(path)})`;
    const below = index.pageBelow.get(path);
    if (below !== undefined) {
      const withFragment = fragment ? pageBelowWithId(path, fragment, index) : undefined;
      return {
        rule: 'link/missing-page',
        message: `${link} leads to a folder with no page of its own, only pages below it.`,
        hint: withFragment ? `Did you mean ${show(withFragment)}#${fragment}?` : `Link to one of them, such as ${show(below)}.`,
      };
    }
    const near = suggestPage(path, index.pages.keys());
    return { rule: 'link/missing-page', message: `${link} leads to no page: the site builds nothing there.`, ...didYouMean(near === undefined ? undefined : show(near)) };
  }
  const fragmentProblem = checkFragment(quoted, page, fragment, from, index);
  if (fragmentProblem) return fragmentProblem;
  return { rule: 'link/redirected', message: `The link ${quoted} leads to the old URL ${show(path)}, which redirects to ${show(redirectedTo ?? page)}.`, hint: `Link to ${show(redirectedTo ?? page)}${fragment ? `#${fragment}` : ''} directly.` };
}

function checkFragment(quoted: string, page: string, fragment: string | undefined, from: LinkFrom, index: LinkIndex): LinkProblem | undefined {
  const ids = index.pages.get(page);
  if (fragment === undefined || fragment === '' || ids === undefined || ids.has(fragment)) return undefined;
  const near = closestMatch(fragment, ids);
  const samePage = page === from.url;
  return {
    rule: 'link/missing-fragment',
    message: samePage ? `The link ${quoted} leads to no heading on this page: nothing here has the id "${fragment}".` : `The link ${quoted} leads to ${shownPath(index)(page)}, which has no heading with the id "${fragment}".`,
    ...didYouMean(near === undefined ? undefined : samePage ? `#${near}` : `${shownPath(index)(page)}#${near}`),
  };
}

/** A page below `folder` that has the id, for a link such as `/jobs/#technical-interview` (scanned only for broken links). */
function pageBelowWithId(folder: string, id: string, index: LinkIndex): string | undefined {
  for (const [page, ids] of index.pages) if (page.startsWith(folder) && ids.has(id)) return page;
  return undefined;
}

/** Paths as an author writes them: with the site's path prefix. */
function shownPath(index: LinkIndex): (path: string) => string {
  const prefix = index.site.path_prefix.replace(/\/$/, '');
  return (path) => `${prefix}${path}`;
}

function didYouMean(suggestion: string | undefined): { hint?: string } {
  return suggestion === undefined ? {} : { hint: `Did you mean ${suggestion}?` };
}
