import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { SourceLink } from '../model/role.ts';

/** Every link target written in the body (inline links, reference definitions, images), at its file position. */
export function collectLinks(tree: Root, bodyLine: number): SourceLink[] {
  const links: SourceLink[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && node.position) {
      links.push({ url: node.url, line: node.position.start.line + bodyLine - 1, column: node.position.start.column });
    }
  });
  return links;
}
