import { assetUrlFromContentPath, urlFromContentPath } from './page-url.ts';
import { MARKDOWN_FILE } from './markdown-files.ts';
import type { PublishedFile } from './user-sources.ts';

/** Files beside the pages that the site publishes when a page links to them: images and documents, never code. */
const ASSET = /\.(?:png|jpe?g|gif|webp|avif|pdf)$/i;
/** SVG is left out: opened on its own, an SVG file runs the scripts it holds, on the site's origin. */
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/|#)([^?#]*)([?#].*)?$/i;
const BASE = 'careers-content:///';

/** A link written to a file of the content folder, as the file it names (relative to the folder). */
export interface ContentFileLink {
  /** The file, relative to the content folder, with forward slashes, decoded. */
  readonly file: string;
  /** `page` for another job page (`../backend.md`), `asset` for an image or document beside the pages. */
  readonly kind: 'page' | 'asset';
  /** The query and fragment as written (`#levels`), or ''. */
  readonly rest: string;
}

/**
 * The content file a link names, resolved against the file of the page it is written in (as a
 * repository browser resolves it): `.md` links anywhere except to another host, relative links to
 * images and documents. Undefined for every other link.
 */
export function contentFileLink(target: string, pageInContent: string): ContentFileLink | undefined {
  const relative = RELATIVE.exec(target);
  const path = (relative?.[1] ?? target.split(/[?#]/)[0]) ?? '';
  const kind = MARKDOWN_FILE.test(path) && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target) ? 'page' : relative && ASSET.test(path) ? 'asset' : undefined;
  if (kind === undefined) return undefined;
  let file: string;
  try {
    file = decodeURIComponent(new URL(path, `${BASE}${pageInContent.split('/').map(encodeURIComponent).join('/')}`).pathname.slice(1));
  } catch {
    return undefined;
  }
  return { file, kind, rest: target.slice(path.length) };
}

/** The site path a linked content file is published at (without the path prefix). */
export function contentFileUrl(link: ContentFileLink): string {
  return link.kind === 'page' ? urlFromContentPath(link.file) : assetUrlFromContentPath(link.file);
}

/** A file beside the pages that a page links to, published as it is at `file`. */
export interface PageAsset extends PublishedFile {
  /** The file, relative to the content folder (as a link names it). */
  readonly inContent: string;
  /** Linked only from pages that are not published (drafts, pages with errors): known to the link check, not published. */
  readonly unpublished?: true;
}
