import type { Element, ElementContent } from 'hast';
import type { Html, Image, Link, Paragraph, Parent, PhrasingContent, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** An opening `<a …>` tag with an `href`, or its closing tag. */
const LINK_OPEN = /^<a\s[^<>]*\bhref\s*=[^<>]*>$/i;
const LINK_CLOSE = /^<\/a\s*>$/i;
/** Raw HTML that may hold images: an `<img>` tag, or a block such as `<p align="center"><img …></p>`. */
const MAY_HOLD_IMAGE = /<img\s/i;
/** Elements an image may sit in without the block saying anything else (alignment, a line break). */
const WRAPPERS = new Set(['p', 'div', 'center', 'picture', 'span', 'br', 'source']);

/**
 * Keeps what raw `<img>` and `<a href>` tags say, as Markdown would have said it: an `<img src alt>` (alone,
 * or in a block of nothing but wrappers such as `<p align="center">`) becomes a Markdown image, and an
 * `<a href="…">` … `</a>` pair around text becomes a link. Their attributes other than the address,
 * alt text and title are dropped; the sanitiser and the link check then treat them like any image or
 * link. Anything else is left for the raw-HTML check to report.
 */
export function settleHtmlLinksAndImages(tree: Parent): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const flow = isFlowContainer(parent);
    for (let index = parent.children.length - 1; index >= 0; index--) {
      const child = parent.children[index];
      if (child?.type !== 'html') continue;
      const value = child.value.trim();
      if (LINK_OPEN.test(value) && !flow) wrapLink(parent, index, child);
      else if (MAY_HOLD_IMAGE.test(value)) {
        const images = imagesOnly(child);
        if (images === undefined) continue;
        parent.children.splice(index, 1, ...(flow ? [{ type: 'paragraph', children: images, ...(child.position ? { position: child.position } : {}) } satisfies Paragraph] : images) as never[]);
      }
    }
  });
}

/** True for a node whose children are blocks (paragraphs, lists), where a lone image must be wrapped in a paragraph. */
export function isFlowContainer(parent: Parent): boolean {
  return parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'footnoteDefinition';
}

/** Wraps the nodes from the opening tag at `index` to the next closing `</a>` in a link. */
function wrapLink(parent: Parent, index: number, open: Html): void {
  const close = parent.children.findIndex((later, at) => at > index && later.type === 'html' && LINK_CLOSE.test(later.value.trim()));
  if (close === -1) return;
  const element = firstElement(open.value);
  const href = element?.properties['href'];
  if (typeof href !== 'string' || href.trim() === '') return;
  const title = element?.properties['title'];
  const end = parent.children[close]?.position?.end;
  const link: Link = {
    type: 'link',
    url: href.trim(),
    ...(typeof title === 'string' ? { title } : {}),
    children: parent.children.slice(index + 1, close) as PhrasingContent[],
    ...(open.position && end ? { position: { start: open.position.start, end } } : {}),
  };
  parent.children.splice(index, close - index + 1, link as RootContent);
}

/** The images a piece of raw HTML holds, when it holds nothing else but wrappers and white space. */
function imagesOnly(html: Html): Image[] | undefined {
  const images: Image[] = [];
  let other = false;
  const walk = (nodes: readonly ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') other ||= node.value.trim() !== '';
      else if (node.type === 'element') {
        if (node.tagName === 'img') {
          const image = imageOf(node, html);
          if (image) images.push(image);
          else other = true;
        } else if (WRAPPERS.has(node.tagName)) walk(node.children);
        else other = true;
      }
    }
  };
  walk(fromHtml(html.value, { fragment: true }).children as ElementContent[]);
  return other || images.length === 0 ? undefined : images;
}

function imageOf(element: Element, html: Html): Image | undefined {
  const { src, alt, title } = element.properties;
  if (typeof src !== 'string' || src.trim() === '') return undefined;
  return {
    type: 'image',
    url: src.trim(),
    alt: typeof alt === 'string' ? alt : '',
    ...(typeof title === 'string' ? { title } : {}),
    ...(html.position ? { position: html.position } : {}),
  };
}

function firstElement(html: string): Element | undefined {
  return fromHtml(html, { fragment: true }).children.find((node): node is Element => node.type === 'element');
}
