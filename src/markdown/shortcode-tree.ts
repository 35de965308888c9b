import type { Blockquote, Parent, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import { positionOf } from '../diagnostics/positions.ts';
import type { RuleId } from '../diagnostics/rules.ts';
import { resolveHugoRef } from './hugo-ref.ts';
import { EMBED_START, embedNodes } from './shortcode-embeds.ts';
import { FILLER, REF_PAD, REF_START, type ShortcodeBlock, type ShortcodeFinding, type ShortcodePrepass } from './shortcodes.ts';

const STAND_IN = new RegExp(`${REF_START}(\\d+)${REF_PAD}*`, 'g');
// A shortcode between two spaces leaves one space, not two.
const FILLERS = new RegExp(`( ?)${FILLER}+( ?)`, 'g');
const LEADING_FILLER = new RegExp(`^\\s*${FILLER}`);
const TRAILING_FILLER = new RegExp(`${FILLER}\\s*$`);
const EMBED = new RegExp(`${EMBED_START}(\\d+)${REF_PAD}*`, 'g');

/** A problem found in a body, positioned in the file, worded for the author. */
export interface BodyFinding {
  readonly rule: RuleId;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * Finishes what `replaceShortcodes` began, on the parsed tree: stand-ins become the URLs their `ref`
 * names (link targets, or text where a `ref` was written outside a link), fillers go, and the inner
 * blocks of each container shortcode are wrapped in a block quote.
 */
export function settleShortcodes(tree: Root, prepass: ShortcodePrepass, page: { readonly pathInContent: string; readonly pathPrefix: string }): void {
  const url = (index: string): string => resolveHugoRef(prepass.refs[Number(index)] ?? '', page.pathInContent, page.pathPrefix);
  const resolve = (value: string): string => value.replace(STAND_IN, (_m, index: string) => url(index)).replace(FILLERS, (_m, before: string, after: string) => before || after);
  visit(tree, (visited, index, parent: Parent | undefined) => {
    const node = visited as Root | RootContent;
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      if (node.url.includes(REF_START)) node.url = resolve(node.url);
    } else if ('value' in node && typeof node.value === 'string' && /[\uE000-\uE002]/.test(node.value)) {
      let value = resolve(node.value);
      // A shortcode that opened or closed a paragraph or heading leaves no space at its edge.
      if (parent && (parent.type === 'paragraph' || parent.type === 'heading')) {
        if (index === 0 && LEADING_FILLER.test(node.value)) value = value.trimStart();
        if (index === parent.children.length - 1 && TRAILING_FILLER.test(node.value)) value = value.trimEnd();
      }
      node.value = value;
    }
  });
  if (prepass.embeds.length > 0) settleEmbeds(tree, prepass);
  // Inner containers first, so an outer one wraps the block quote made for the inner.
  const blocks = [...prepass.blocks].sort((a, b) => a.close - a.open - (b.close - b.open));
  for (const block of blocks) wrap(tree, block);
}

/** Each embed's stand-in, in whatever text holds it, becomes the link or image it shows, at its place in the file. */
function settleEmbeds(tree: Root, prepass: ShortcodePrepass): void {
  visit(tree, 'text', (node, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || !node.value.includes(EMBED_START)) return undefined;
    const parts: RootContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(EMBED)) {
      if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      const embed = prepass.embeds[Number(match[1])];
      const at = node.position ? placeIn(node.value, match.index, node.position.start) : undefined;
      if (embed) parts.push(...embedNodes(embed, at));
      last = match.index + match[0].length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...(parts as never[]));
    return index + parts.length;
  });
}

/** Where offset `offset` of a text node's value lies in the file, the node starting at `start`. */
function placeIn(value: string, offset: number, start: Point): Point {
  const at = positionOf(value, offset);
  return at.line === 1 ? { line: start.line, column: start.column + at.column - 1 } : { line: start.line + at.line - 1, column: at.column };
}

/** Shortcode findings as diagnostics' parts, with lines in the file (`bodyLine` is the body's first line). */
export function shortcodeFindings(findings: readonly ShortcodeFinding[], bodyLine: number): BodyFinding[] {
  return findings.map((f) => ({
    rule: 'markdown/shortcode',
    line: f.line + bodyLine - 1,
    column: f.column,
    message:
      f.problem === 'unknown'
        ? `The Hugo shortcode \`${f.name}\` is not supported; it is left out of the page.`
        : f.problem === 'unclosed'
          ? `The Hugo shortcode \`${f.name}\` is opened but never closed; its text is kept as it is.`
          : f.problem === 'embed'
            ? `The Hugo shortcode \`${f.name}\` is shown as a link to the video: no video player is embedded in the page.`
            : f.problem === 'unopened'
            ? `The closing Hugo shortcode \`/${f.name}\` has no opening one; it is left out of the page.`
            : `A Hugo shortcode${f.name ? ` \`${f.name}\`` : ''} opens but does not end on its line (\`>}}\` or \`%}}\`); its opening is left out of the page.`,
  }));
}

/** Wraps the children of the innermost flow container lying wholly between the block's two marker lines. */
function wrap(parent: Parent, block: ShortcodeBlock): boolean {
  const flow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
  const children = parent.children as RootContent[];
  const inside = children.flatMap((child, index) => (child.position && child.position.start.line > block.open && child.position.end.line < block.close ? [index] : []));
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (flow && first !== undefined && last !== undefined) {
    const wrapped = children.slice(first, last + 1);
    const start = wrapped[0]?.position?.start;
    const end = wrapped[wrapped.length - 1]?.position?.end;
    // A container's `title="…"` (Docsy's alert, details) leads the quote in bold, as the theme shows it.
    const title: Blockquote['children'] = block.title ? [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: block.title }] }] }] : [];
    const quote: Blockquote = { type: 'blockquote', children: [...title, ...(wrapped as Blockquote['children'])], ...(start && end ? { position: { start, end } } : {}) };
    children.splice(first, wrapped.length, quote);
    return true;
  }
  for (const child of children) {
    if (!('children' in child) || !child.position) continue;
    if (child.position.start.line <= block.open && child.position.end.line >= block.close && wrap(child, block)) return true;
  }
  return false;
}
