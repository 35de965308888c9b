import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { urlFromContentPath } from '../model/page-url.ts';

const CONTENT_FILE = /^(?![a-z][a-z0-9+.-]*:|\/\/|#)([^?#]*\.(?:md|markdown))(#.*)?$/i;
const BASE = 'careers-content:///';

/**
 * Rewrites links written to other content files (`../backend-engineer.md#levels`, as editors write
 * them so they also work when browsing the repository) into the URL the linked page is published at,
 * with the site's path prefix. Other links are left as written.
 */
export function rewriteContentFileLinks(tree: Root, pathInContent: string, pathPrefix: string): void {
  const base = `${BASE}${pathInContent.split('/').map(encodeURIComponent).join('/')}`;
  const prefix = pathPrefix.replace(/\/$/, '');
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const match = CONTENT_FILE.exec(node.url);
    if (!match) return;
    let file: string;
    try {
      file = decodeURIComponent(new URL(match[1] ?? '', base).pathname.slice(1));
    } catch {
      return;
    }
    node.url = `${prefix}${urlFromContentPath(file)}${match[2] ?? ''}`;
  });
}
