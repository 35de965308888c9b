import type { Html, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { anchorNode, anchorTagId } from './anchors.ts';
import { settleDetails } from './details.ts';
import { isFlowContainer, settleHtmlLinksAndImages } from './html-links.ts';

export interface RawHtmlFinding {
  readonly tag: string;
  readonly line: number;
  readonly column: number;
}

const BREAK = /^<br\s*\/?>$/i;
const COMMENT = /^<!--[\s\S]*-->$/;
const DETAILS = /<details\b/i;
const LINK_OR_IMAGE = /<(?:a|img)\s/i;

/**
 * Turns `<br>` into a Markdown line break, keeps `<a id="x">`/`<a name="x">` as an empty anchor carrying
 * only the id (other pages link to it), turns `<details>` … `</details>` around Markdown into a disclosure
 * block and `<img>` and `<a href>` into Markdown's images and links, drops comments, and reports every other piece of raw HTML: it is never rendered (the sanitiser
 * would remove it), so the author should know.
 */
export function handleRawHtml(tree: Root, body: string): RawHtmlFinding[] {
  const findings: RawHtmlFinding[] = [];
  // Most bodies hold no such tag, and skip the walks of the tree these passes make.
  if (DETAILS.test(body)) settleDetails(tree);
  if (LINK_OR_IMAGE.test(body)) settleHtmlLinksAndImages(tree);
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
      parent.children.splice(index, 1, isFlowContainer(parent) ? ({ type: 'paragraph', children: [node] } as never) : node);
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
