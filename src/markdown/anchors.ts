import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { ROLE_PAGE_IDS } from '../model/page-ids.ts';

/** `<a id="x">`, `<a name='x'>`, `<a id=x>`: an opening `a` tag with no `href`. */
const ANCHOR_TAG = /^<a(\s[^<>]*)?>(?:\s*<\/a>)?$/i;
const ATTRIBUTE = /\s([A-Za-z][\w:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** What an id may be; anything else would need escaping in a `#fragment` and is not a link target real pages use. */
const SAFE_ID = /^[A-Za-z0-9_][\w.:-]{0,199}$/;

/** The id a raw `<a id="x">` or `<a name="x">` tag names, when it is a link target rather than a link. */
export function anchorTagId(html: string): string | undefined {
  const match = ANCHOR_TAG.exec(html.trim());
  if (!match) return undefined;
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of (match[1] ?? '').matchAll(ATTRIBUTE)) attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  if (attributes.has('href')) return undefined;
  const id = (attributes.get('id') ?? attributes.get('name') ?? '').trim();
  return SAFE_ID.test(id) ? id : undefined;
}

/** An empty `<a id="…"></a>` in the tree; an emphasis node so it stays valid phrasing content wherever it sits. */
export function anchorNode(id: string): PhrasingContent {
  return { type: 'emphasis', children: [], data: { hName: 'a', hProperties: { id }, anchor: id } as NonNullable<PhrasingContent['data']> };
}

/** The id an element carries because the author gave it one (an anchor or a Kramdown `{: #id}`). */
export function authoredId(node: RootContent): string | undefined {
  const data = node.data as { anchor?: unknown } | undefined;
  return typeof data?.anchor === 'string' ? data.anchor : undefined;
}

/** Gives a block the id a Kramdown attribute list names. */
export function setBlockId(node: RootContent, id: string): void {
  const data = node.data as { hProperties?: object } | undefined;
  node.data = { ...data, hProperties: { ...data?.hProperties, id }, anchor: id } as unknown as RootContent['data'];
}

/**
 * Keeps each authored id once, after headings have theirs: an id a heading or the layout already
 * has would be a duplicate on the page (the target still exists, so links to it still work).
 * A paragraph that held nothing but anchors becomes the anchors themselves. Returns the ids kept.
 */
export function settleAuthoredIds(tree: Root, headingIds: ReadonlySet<string>): string[] {
  const taken = new Set<string>([...ROLE_PAGE_IDS, ...headingIds]);
  const kept: string[] = [];
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (node.type === 'root') return undefined;
    const id = authoredId(node as RootContent);
    if (id === undefined) return undefined;
    if (!taken.has(id)) {
      taken.add(id);
      kept.push(id);
      return undefined;
    }
    const data = { ...(node.data as object) } as { hProperties?: Record<string, unknown>; anchor?: string; hName?: string };
    if (data.hName === 'a' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    const { id: _dropped, ...rest } = data.hProperties ?? {};
    delete data.anchor;
    node.data = { ...data, hProperties: rest } as typeof node.data;
    return undefined;
  });
  unwrapAnchorParagraphs(tree);
  return kept;
}

function unwrapAnchorParagraphs(tree: Root): void {
  visit(tree, 'paragraph', (paragraph: Paragraph, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return undefined;
    const meaningful = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    // Only a dropped duplicate anchor leaves a paragraph empty (Kramdown markers' empty paragraphs are gone by now).
    if (meaningful.length === 0) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (!meaningful.every((c) => c.type === 'emphasis' && c.children.length === 0 && authoredId(c) !== undefined)) return undefined;
    // A paragraph rendered as the bare `<a id>`: no empty `<p>` around a link target.
    const anchors = meaningful.map((c) => ({ type: 'paragraph', children: [], data: c.data }) as Paragraph);
    parent.children.splice(index, 1, ...anchors);
    return [SKIP, index + anchors.length];
  });
}
