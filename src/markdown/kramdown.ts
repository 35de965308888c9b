import type { Root, Parent, Text, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** Kramdown attribute lists (`{: .class}`, `{:toc}`, `{::options …}`) and heading ids (`{#id}`). */
const ATTRIBUTE_LIST = /[ \t]*\{::?[^{}\n]*\}[ \t]*/g;
const HEADING_ID = /[ \t]*\{:?[ \t]*#([A-Za-z][\w-]*)[^{}\n]*\}[ \t]*$/;
const TOC_ITEM = /^(toc|table of contents)$/i;
/** GitLab's `[[_TOC_]]` (read as `[[TOC]]` once its emphasis is parsed) and Python-Markdown's `[TOC]`, alone in a paragraph. */
const TOC_MARKER = /^\[\[?_?TOC_?\]\]?$/;

/**
 * remark plugin: removes the Kramdown markers older job pages carry, so they never show as text.
 * A `{#id}` at the end of a heading becomes that heading's id; a "TOC" list marked `{:toc}` is
 * dropped, as are GitLab's `[[_TOC_]]` and `[TOC]` (the layout renders its own table of contents).
 */
export default function remarkKramdown() {
  return (tree: Root): void => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children[heading.children.length - 1];
      if (last?.type !== 'text') return;
      const match = HEADING_ID.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      heading.data = { ...heading.data, id: match[1] } as Heading['data'];
    });
    visit(tree, 'text', (node: Text) => {
      // A list between two words leaves one space, so the words do not run together.
      if (node.value.includes('{:')) node.value = node.value.replace(ATTRIBUTE_LIST, (m, at: number, all: string) => (m.includes('\n') ? '\n' : at > 0 && at + m.length < all.length && /\S/.test(all[at - 1] ?? '') ? ' ' : '')).replace(/\n+$/, '');
    });
    removeEmpty(tree);
  };
}

/** Drops paragraphs, list items and lists that held nothing but markers, and the "TOC" placeholders. */
function removeEmpty(tree: Root): void {
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return undefined;
    // Only blank text (left by removed markers) and line breaks: an anchor (`<a id="x"></a>`) or an image without alt text has no text but stays.
    const isEmptyParagraph = node.type === 'paragraph' && node.children.every((c) => c.type === 'break' || (c.type === 'text' && c.value.trim() === ''));
    const isTocList = node.type === 'list' && node.children.length === 1 && TOC_ITEM.test(toString(node).trim());
    const isTocMarker = node.type === 'paragraph' && TOC_MARKER.test(toString(node).trim());
    if (isEmptyParagraph || isTocList || isTocMarker) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
}
