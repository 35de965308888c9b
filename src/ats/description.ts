import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/**
 * GitHub's defaults, as for page content, with the text of `<style>` dropped as well as that of
 * `<script>` (the ATS editor's pasted CSS is not words). Ids keep the `user-content-` prefix, so no
 * description can clobber an id of the role page it is shown on.
 */
const SCHEMA: Schema = { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), 'style'] };

/**
 * A job description from the ATS as safe HTML: the sanitiser's GitHub defaults (no scripts, styles,
 * event handlers or `javascript:` links), as for page content. Its headings start at level 4, since on a
 * role page the description sits under the opening's own `<h3>`.
 */
export function sanitizeDescription(htmlText: string): string {
  if (htmlText.trim() === '') return '';
  const tree = sanitize(fromHtml(htmlText, { fragment: true }), SCHEMA) as Root;
  visit(tree, 'element', (node: Element) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level !== undefined) node.tagName = `h${Math.max(4, Number(level))}`;
  });
  return toHtml(tree).trim();
}

/** The text of HTML that was escaped as text once more (Greenhouse's `content`: `&lt;p&gt;…`). */
export function decodeEntities(escaped: string): string {
  return textOf(fromHtml(escaped, { fragment: true }));
}

/** Text made safe to put into HTML (by the same serialiser as the descriptions). */
export function escapeText(text: string): string {
  return toHtml({ type: 'text', value: text });
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
