import type { Paragraph, Parent, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** `<details>` opening a block of raw HTML, with its `<summary>` when it is written on the same lines. */
const OPENING = /^<details(?:\s[^>]*)?>\s*(?:<summary(?:\s[^>]*)?>([\s\S]*?)<\/summary>)?$/i;
const CLOSING = /^<\/details\s*>$/i;
/** A `<summary>` line of its own, after a `<details>` line. */
const SUMMARY = /^<summary(?:\s[^>]*)?>([\s\S]*?)<\/summary>$/i;

/** A disclosure block: rendered as `<details>`, which the sanitiser keeps (it has no attributes). */
interface DetailsBlock extends Parent {
  type: 'blockquote';
  children: RootContent[];
}

/**
 * Turns each `<details>` … `</details>` pair written as raw HTML around Markdown (GitLab's handbook and
 * GitHub both render it so) into a disclosure block holding that Markdown, its `<summary>` as the
 * block's first line. The pair must be siblings, as the blank lines around the inner Markdown make
 * them; the summary's text is read from its HTML, so markup inside it is never rendered. Unpaired tags
 * are left for the raw-HTML check to report.
 */
export function settleDetails(tree: Parent): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    for (let index = parent.children.length - 1; index >= 0; index--) {
      const child = parent.children[index];
      if (child?.type !== 'html') continue;
      const opening = OPENING.exec(child.value.trim());
      if (!opening) continue;
      const close = parent.children.findIndex((later, at) => at > index && later.type === 'html' && CLOSING.test(later.value.trim()));
      if (close === -1) continue;
      const inner = parent.children.slice(index + 1, close) as RootContent[];
      let summary = opening[1];
      const first = inner[0];
      if (summary === undefined && first?.type === 'html') {
        const own = SUMMARY.exec(first.value.trim());
        if (own) {
          summary = own[1];
          inner.shift();
        }
      }
      const end = parent.children[close]?.position?.end;
      const block: DetailsBlock = {
        type: 'blockquote',
        children: [...(summary === undefined ? [] : [summaryLine(summary)]), ...inner],
        data: { hName: 'details' },
        ...(child.position && end ? { position: { start: child.position.start, end } } : {}),
      };
      parent.children.splice(index, close - index + 1, block as never);
    }
  });
}

/** The summary as plain text, rendered as `<summary>`. */
function summaryLine(html: string): Paragraph {
  const parts: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'text', (node: { value: string }) => {
    parts.push(node.value);
  });
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return { type: 'paragraph', children: [{ type: 'text', value: text }], data: { hName: 'summary' } };
}
