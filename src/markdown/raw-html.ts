import type { Html, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export interface RawHtmlFinding {
  readonly tag: string;
  readonly line: number;
  readonly column: number;
}

const BREAK = /^<br\s*\/?>$/i;
const COMMENT = /^<!--[\s\S]*-->$/;

/**
 * Turns `<br>` into a Markdown line break, drops comments, and reports every other piece of raw HTML:
 * it is never rendered (the sanitiser would remove it), so the author should know.
 */
export function handleRawHtml(tree: Root): RawHtmlFinding[] {
  const findings: RawHtmlFinding[] = [];
  visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
    const value = node.value.trim();
    if (!parent || index === undefined) return undefined;
    if (BREAK.test(value)) {
      parent.children.splice(index, 1, { type: 'break' });
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
