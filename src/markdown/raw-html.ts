import type { Html, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { anchorNode, anchorTagId } from './anchors.ts';
import { settleDetails } from './details.ts';
import { settleHtmlLinksAndImages } from './html-links.ts';

export interface RawHtmlFinding {
  readonly tag: string;
  readonly line: number;
  readonly column: number;
}

const BREAK = /^<br\s*\/?>$/i;
const COMMENT = /^<!--[\s\S]*-->$/;

/**
 * Turns `<br>` into a Markdown line break, keeps `<a id="x">`/`<a name="x">` as an empty anchor carrying
 * only the id (other pages link to it), turns `<details>` … `</details>` around Markdown into a disclosure
 * block and `<img>` and `<a href>` into Markdown's images and links, drops comments, and reports every other piece of raw HTML: it is never rendered (the sanitiser
 * would remove it), so the author should know.
 */
export function handleRawHtml(tree: Root): RawHtmlFinding[] {
  const findings: RawHtmlFinding[] = [];
  const html = rawHtmlValues(tree);
  if (html.some((value) => /^<details\b/i.test(value))) settleDetails(tree);
  if (html.some((value) => /^<(?:a|img)\s|<img\s/i.test(value))) settleHtmlLinksAndImages(tree);
  visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
    const value = node.value.trim();
    if (!parent || index === undefined) return undefined;
    if (BREAK.test(value)) {
      parent.children.splice(index, 1, { type: 'break' });
      return [SKIP, index + 1];
    }
    const anchor = anchorTagId(value);
    if (anchor !== undefined) {
      // An inline tag stays where it was; a block of HTML is wrapped so it is still flow content.
      const node = anchorNode(anchor);
      const flow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'footnoteDefinition';
      parent.children.splice(index, 1, flow ? ({ type: 'paragraph', children: [node] } as never) : node);
      return [SKIP, index + 1];
    }
    if (!COMMENT.test(value) && node.position && !/^<\//.test(value)) {
      const tag = /^<([A-Za-z][\w-]*)/.exec(value)?.[1]?.toLowerCase() ?? 'html';
      findings.push({ tag, line: node.position.start.line, column: node.position.start.column });
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return findings;
}

/** The raw HTML of the tree, each trimmed at its start (most pages have none, and skip the passes above). */
function rawHtmlValues(tree: Root): string[] {
  const values: string[] = [];
  visit(tree, 'html', (node: Html) => {
    values.push(node.value.trimStart());
  });
  return values;
}
