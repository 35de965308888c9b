import { MARKDOWN_EXTENSIONS } from './markdown-files.ts';
import { normaliseUrlPath } from './url-path.ts';
import type { Department } from './role.ts';

const PAGE_FILE = new RegExp(`(?:/_?index)?(?:\\.html)?\\.(?:${MARKDOWN_EXTENSIONS})$`, 'i');
/** Leading folders that group pages without being a department (as on the sites these pages come from). */
const GROUPING_FOLDERS = new Set(['job-families', 'jobs', 'roles', 'careers']);

/**
 * The URL a content file is published at: `engineering/backend-engineer.md`,
 * `engineering/backend-engineer/index.md`, `…/index.html.md` and Hugo's `…/_index.md` all give `/engineering/backend-engineer/`.
 */
export function urlFromContentPath(relativePath: string): string {
  return contentPathUrl(relativePath).url;
}

/** The URL a content file is published at, and the path as its names are written (they differ once slugged). */
export function contentPathUrl(relativePath: string): { url: string; written: string } {
  const withoutExtension = relativePath.replace(/\\/g, '/').replace(PAGE_FILE, '');
  const written = normaliseUrlPath(/^_?index$/.test(withoutExtension) ? '/' : `/${withoutExtension}`);
  return { url: written.split('/').map(slugSegment).join('/'), written };
}

/** The site path of a file published as it is (`Team Photos/org chart.png` → `/team-photos/org-chart.png`): every name slugged as a page's are. */
export function assetUrlFromContentPath(relativePath: string): string {
  return `/${relativePath.replace(/\\/g, '/').split('/').filter((s) => s !== '').map(slugSegment).join('/')}`;
}

/** A name that is already what a URL segment should be: lower case, digits and `._~-`. */
const URL_SEGMENT = /^[a-z0-9](?:[a-z0-9._~-]*[a-z0-9_~-])?$/;

/**
 * A file or folder name as the sites these pages come from publish it (Hugo lower-cases paths and makes
 * spaces hyphens): accents dropped, lower case, every run of other characters one hyphen. A name that
 * leaves nothing (`..`, `&`) is kept as written, so that the URL check reports it.
 */
function slugSegment(segment: string): string {
  if (segment === '' || URL_SEGMENT.test(segment)) return segment;
  const slug = segment.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9_~]+$/g, '');
  return slug === '' ? segment : slug;
}

/**
 * The department a URL belongs to: its first folder, skipping grouping folders such as `job-families`.
 * A page directly under a grouping folder (`/jobs/designer/`) has no department of its own.
 */
export function departmentIdFromUrl(url: string): string | undefined {
  const segments = url.split('/').filter((s) => s !== '');
  const folders = segments.slice(0, -1);
  while (folders.length > 0 && GROUPING_FOLDERS.has((folders[0] ?? '').toLowerCase())) folders.shift();
  return folders[0]?.toLowerCase();
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/** A department from an id or a name written in front matter; `names` maps ids to display names from the settings. */
export function makeDepartment(idOrName: string | undefined, names: Readonly<Record<string, string>>): Department {
  if (idOrName === undefined || idOrName.trim() === '') return { id: 'general', name: names['general'] ?? 'General' };
  const id = idOrName.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'general';
  const written = idOrName.trim();
  const name = names[id] ?? (/[A-Z ]/.test(written) ? written : titleCase(id));
  return { id, name };
}

function titleCase(id: string): string {
  return id.split('-').map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ');
}
