import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import type { PageRuleInput } from './page-rule.ts';

/** Markers people leave for themselves; upper case only, so ordinary words ("todo list") are left alone. */
const MARKERS = /\b(?:TODO|TBD|X{3,})\b/g;
/** Filler and template instructions (`_add high level description_`), in any case. */
const FILLER = /lorem\s+ipsum|_add\s[^_\n]*_/gi;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * `content/placeholder`: text a reader would see that was never written: markers, filler and
 * template instructions, in the front matter and the body. Code blocks, HTML comments and YAML
 * comments are notes for editors, never shown, so they are skipped.
 */
export function findPlaceholders({ role, source }: PageRuleInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Most pages have none: one pass over the whole text settles that before any line is looked at.
  if (!hasCandidate(source.text)) return diagnostics;
  const bodyLine = source.bodyLine();
  let fence: string | undefined;
  let inComment = false;
  source.lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const inFrontMatter = lineNumber < bodyLine;
    if (inFrontMatter && /^\s*#/.test(line)) return;
    if (!inFrontMatter) {
      const opening = FENCE.exec(line)?.[1];
      if (fence !== undefined) {
        if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
        return;
      }
      if (opening !== undefined) {
        fence = opening;
        return;
      }
    }
    const masked = maskComments(line, inComment);
    inComment = masked.inComment;
    for (const pattern of [MARKERS, FILLER]) {
      for (const match of masked.text.matchAll(pattern)) {
        diagnostics.push(diagnostic('content/placeholder', role.source, { line: lineNumber, column: match.index + 1 },
          `Placeholder text "${match[0]}" is left in the page.`));
      }
    }
  });
  return diagnostics;
}

function hasCandidate(text: string): boolean {
  // `search` ignores and keeps `lastIndex`; `test` on a global pattern would move it and `matchAll` would start there.
  return text.search(MARKERS) !== -1 || text.search(FILLER) !== -1;
}

/** The line with HTML comments blanked out (columns kept), and whether a comment is still open at its end. */
function maskComments(line: string, inComment: boolean): { text: string; inComment: boolean } {
  let text = '';
  let open = inComment;
  let at = 0;
  while (at < line.length) {
    const next = open ? line.indexOf('-->', at) : line.indexOf('<!--', at);
    const end = next === -1 ? line.length : next + (open ? 3 : 0);
    const piece = line.slice(at, end);
    text += open ? ' '.repeat(piece.length) : piece;
    if (next === -1) break;
    at = end;
    open = !open;
  }
  return { text, inComment: open };
}
