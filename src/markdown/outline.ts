import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A heading with the content it introduces. */
export interface OutlineSection {
  readonly heading: Heading;
  readonly title: string;
  readonly id: string;
  readonly depth: number;
  /** Nodes up to the next heading of any depth. */
  readonly ownContent: readonly RootContent[];
  /** Sections one level down (or deeper when levels are skipped). */
  readonly children: OutlineSection[];
  readonly parent: OutlineSection | undefined;
}

/** Turns the flat list of top-level nodes into a tree of sections. Content before the first heading is `intro`. */
export function buildOutline(tree: Root): { intro: RootContent[]; sections: OutlineSection[] } {
  const intro: RootContent[] = [];
  const roots: OutlineSection[] = [];
  const stack: OutlineSection[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') {
      const current = stack[stack.length - 1];
      if (current) (current.ownContent as RootContent[]).push(node);
      else intro.push(node);
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= node.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const id = (node.data as { id?: string } | undefined)?.id ?? '';
    const section: OutlineSection = { heading: node, title: cleanTitle(toString(node)), id, depth: node.depth, ownContent: [], children: [], parent };
    if (parent) parent.children.push(section);
    else roots.push(section);
    stack.push(section);
  }
  return { intro, sections: roots };
}

/** Every section of the outline, in document order. */
export function allSections(sections: readonly OutlineSection[]): OutlineSection[] {
  return sections.flatMap((s) => [s, ...allSections(s.children)]);
}

/** All content of a section, including its subsections' headings and content. */
export function sectionContent(section: OutlineSection): RootContent[] {
  return [...section.ownContent, ...section.children.flatMap((c) => [c.heading as RootContent, ...sectionContent(c)])];
}

/** The text of a node as a reader sees it: line breaks and block boundaries become spaces. */
export function plainText(node: RootContent | Root): string {
  if (node.type === 'break') return ' ';
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) {
    const separator = node.type === 'root' || node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'table' || node.type === 'tableRow' ? ' ' : '';
    return (node.children as RootContent[]).map(plainText).join(separator);
  }
  return '';
}

/** Heading text without the stray punctuation real pages wrap around it. */
export function cleanTitle(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[:\s]+$/, '').trim();
}
