import { MARKDOWN_EXTENSIONS } from '../model/markdown-files.ts';
import { urlFromContentPath } from '../model/page-url.ts';

const BASE = 'careers-content:///';
const PAGE_SUFFIX = new RegExp(`(?:/?_?index)?(?:\\.html)?\\.(?:${MARKDOWN_EXTENSIONS})$|/_?index$|/$`, 'i');

/**
 * The site URL (with the path prefix) a Hugo `ref`/`relref` target names, seen from the content file
 * `pathInContent`. As Hugo does: `/a/b` is from the content root, `./x` and `../x` from the page's
 * folder; `.md`, `_index` and `index` may be left off (a folder means its `_index.md`), and `#x`
 * alone is the page itself. Hugo also tries a relative path from the content root when it is not
 * beside the page; without the list of files, a bare name (`senior`) is taken as beside the page
 * and a path with folders (`handbook/hiring`) as from the content root.
 */
export function resolveHugoRef(target: string, pathInContent: string, pathPrefix: string): string {
  const hash = target.indexOf('#');
  const path = (hash === -1 ? target : target.slice(0, hash)).trim();
  const fragment = hash === -1 ? '' : target.slice(hash);
  if (path === '') return fragment === '' ? '#' : fragment;
  const fromPage = path.startsWith('./') || path.startsWith('../') || !path.replace(/\/$/, '').includes('/');
  const base = fromPage ? `${BASE}${pathInContent.split('/').map(encodeURIComponent).join('/')}` : BASE;
  let file: string;
  try {
    const relative = fromPage ? path : path.replace(/^\/+/, '');
    file = decodeURIComponent(new URL(relative.split('/').map(encodeURIComponent).join('/'), base).pathname.slice(1));
  } catch {
    return target;
  }
  const page = file.replace(PAGE_SUFFIX, '');
  return `${pathPrefix.replace(/\/$/, '')}${urlFromContentPath(`${page === '' ? '_index' : page}.md`)}${fragment}`;
}
