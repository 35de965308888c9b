/** A site path is root-relative, made of safe segments, and ends with a slash (a folder with an index.html). */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

/** Why `path` is not a safe site path, or undefined when it is. */
export function unsafeUrlPathReason(path: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return 'it has a scheme or host; give a path on this site, such as /jobs/old-name/';
  if (!path.startsWith('/')) return 'it must start with "/"';
  if (path.includes('\\')) return 'it contains a backslash';
  const segments = path.split('/').filter((s) => s !== '');
  for (const segment of segments) {
    if (segment === '..' || segment === '.') return 'it contains "." or ".." segments, which could lead outside the site';
    if (!SEGMENT.test(segment)) return `the segment "${segment}" has characters that are not safe in file names (use letters, digits, ".", "_", "~" and "-")`;
  }
  return undefined;
}

/** Normalises a safe site path to the form `/a/b/` (leading and trailing slash, no empty segments). */
export function normaliseUrlPath(path: string): string {
  const segments = path.split('/').filter((s) => s !== '');
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
