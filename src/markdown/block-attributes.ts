import type { Paragraph, Parent, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { setBlockId } from './anchors.ts';

/** A Kramdown block attribute list on its own last line: `{: #id}`, `{: #id .class}`. */
const TRAILING_IAL = /\n[ \t]*(\{:[^{}\n]*\})[ \t]*$/;
const WHOLE_IAL = /^[ \t]*(\{:[^{}\n]*\})[ \t]*$/;
const ID = /#([A-Za-z][\w-]*)/;
const QUOTE_MARKER = /^[ \t]{0,3}>[ \t]?/;

/**
 * Gives blocks the ids Kramdown block attributes name (`{: #id}` on the line after a paragraph,
 * list, table or block quote), and removes those attribute lists. CommonMark reads that line as
 * part of the block (a lazy continuation line, or a table row), so which block it belongs to is
 * read from its column and its `>` markers, as Kramdown would. `lines` are the body's lines.
 */
export function applyBlockAttributes(tree: Root, lines: readonly string[]): void {
  walk(tree, [], lines);
}

function walk(node: Parent, ancestors: readonly Parent[], lines: readonly string[]): void {
  const path = [...ancestors, node];
  // Backwards, so removing a node does not skip its next sibling.
  for (let index = node.children.length - 1; index >= 0; index--) {
    const child = node.children[index] as RootContent;
    if (child.type === 'paragraph') paragraphAttributes(child, index, path, lines);
    else if (child.type === 'table') tableAttributes(child);
    if ('children' in child && child.type !== 'paragraph' && node.children[index] === child) walk(child, path, lines);
  }
}

function paragraphAttributes(paragraph: Paragraph, index: number, path: readonly Parent[], lines: readonly string[]): void {
  const parent = path[path.length - 1];
  if (!parent) return;
  const last = paragraph.children[paragraph.children.length - 1];
  // A paragraph that is nothing but the list, right under a block (a code block, say): that block's attributes.
  if (paragraph.children.length === 1 && last?.type === 'text' && WHOLE_IAL.test(last.value)) {
    const before = parent.children[index - 1] as RootContent | undefined;
    const id = ID.exec(last.value)?.[1];
    if (id && before && before.position && paragraph.position && paragraph.position.start.line === before.position.end.line + 1) {
      // A heading's id is its own kind: it names a section, as `## Title {#id}` does.
      if (before.type === 'heading') before.data = { ...before.data, id } as typeof before.data;
      else setBlockId(before, id);
      parent.children.splice(index, 1);
    }
    return;
  }
  if (last?.type !== 'text') return;
  const match = TRAILING_IAL.exec(last.value);
  const id = match ? ID.exec(match[1] ?? '')?.[1] : undefined;
  if (!match || !id || !paragraph.position) return;
  last.value = last.value.slice(0, match.index);
  setBlockId(ownerOf(paragraph, path, paragraph.position.end.line, lines), id);
}

/** The block an attribute line belongs to: the paragraph, unless the line is lazy for a list item or quote around it. */
function ownerOf(paragraph: Paragraph, path: readonly Parent[], line: number, lines: readonly string[]): RootContent {
  const text = lines[line - 1] ?? '';
  const column = text.indexOf('{:') + 1;
  let markers = 0;
  for (let rest = text; QUOTE_MARKER.test(rest); rest = rest.replace(QUOTE_MARKER, '')) markers++;
  let owner: RootContent = paragraph;
  let quotes = path.filter((p) => p.type === 'blockquote').length;
  for (let at = path.length - 1; at > 0; at--) {
    const container = path[at] as RootContent & Parent;
    if (container.type === 'listItem') {
      const contentColumn = container.children[0]?.position?.start.column ?? 1;
      if (column < contentColumn) owner = path[at - 1] as RootContent;
    } else if (container.type === 'blockquote') {
      if (markers < quotes) owner = container;
      quotes--;
    }
  }
  // A tight list renders its items' paragraphs without `<p>`, so the item carries the id instead.
  const parent = path[path.length - 1];
  return owner === paragraph && parent?.type === 'listItem' ? (parent as RootContent) : owner;
}

/** GFM reads the attribute line after a table as one more row: that row gives the table its id. */
function tableAttributes(table: Table): void {
  const row = table.children[table.children.length - 1];
  if (!row || table.children.length < 2) return;
  const [first, ...others] = row.children.map((cell) => toString(cell).trim());
  const id = first !== undefined && WHOLE_IAL.test(first) ? ID.exec(first)?.[1] : undefined;
  if (!id || others.some((cell) => cell !== '')) return;
  table.children.pop();
  setBlockId(table as RootContent, id);
}
