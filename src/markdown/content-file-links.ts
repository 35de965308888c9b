import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { contentFileLink, contentFileUrl } from '../model/content-links.ts';

/**
 * Rewrites links written to other content files (`../backend-engineer.md#levels`, as editors write
 * them so they also work when browsing the repository) into the URL the linked page is published at,
 * and relative links and images to files beside the pages (`org-chart.png`) into the URL the build
 * publishes that file at, both with the site's path prefix. Other links are left as written.
 */
export function rewriteContentFileLinks(tree: Root, pathInContent: string, pathPrefix: string): void {
  const prefix = pathPrefix.replace(/\/$/, '');
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
    const link = contentFileLink(node.url, pathInContent);
    if (link === undefined || (node.type === 'image' && link.kind === 'page')) return;
    const url = contentFileUrl(link);
    node.url = `${prefix}${link.kind === 'asset' ? url.split('/').map(encodeURIComponent).join('/') : url}${link.rest}`;
  });
}
