/** A site path is root-relative, made of safe segments, and ends with a slash (a folder with an index.html). */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;
const SEGMENT_CHARACTER = /[A-Za-z0-9._~-]/;
/** Longest segment and path: far above real URLs, well below the 255-byte file-name limit of file systems. */
const MAX_SEGMENT_LENGTH = 200;
const MAX_PATH_LENGTH = 1000;
/** Names Windows reserves for devices, with or without an extension: such a folder cannot be created there. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * Why `path` is not a safe site path, or undefined when it is. Each reason names what is wrong, so
 * that a path which could write outside the output folder or break on some file system is never used.
 */
export function unsafeUrlPathReason(path: string): string | undefined {
  const control = /[\u0000-\u001F\u007F]/.exec(path);
  if (control) return `it contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (/^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\')) return 'it is a file-system path; give a path on this site, such as /jobs/old-name/';
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return 'it has a scheme or host; give a path on this site, such as /jobs/old-name/';
  if (path.includes('\\')) return 'it contains a backslash, which some servers and file systems read as "/"';
  if (!path.startsWith('/')) return 'it must start with "/"';
  const escaped = /[^/]*%[0-9A-Fa-f]{2}[^/]*/.exec(path);
  if (escaped) return `it contains percent-encoding ("${escaped[0]}" means "${decodeAscii(escaped[0])}"), which servers decode, so it could hide ".." or "/"; write plain characters`;
  const query = /[?#]/.exec(path);
  if (query) return `it contains "${query[0]}"; give the path alone, without a query or fragment`;
  if (path.length > MAX_PATH_LENGTH) return `it is ${path.length} characters long; at most ${MAX_PATH_LENGTH} are allowed`;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.length === 0) return 'it is the front page of the site, which lists every role';
  for (const segment of segments) {
    if (segment === '..' || segment === '.') return 'it contains "." or ".." segments, which could lead outside the site';
    if (!SEGMENT.test(segment)) return `the segment "${segment}" contains ${describeUnsafe(segment)}, which is not safe in file names (use letters, digits, ".", "_", "~" and "-", starting with a letter or digit)`;
    if (segment.length > MAX_SEGMENT_LENGTH) return `the segment "${segment.slice(0, 20)}…" is ${segment.length} characters long; at most ${MAX_SEGMENT_LENGTH} are allowed`;
    if (WINDOWS_DEVICE.test(segment)) return `the segment "${segment}" is a device name on Windows, where no folder can have it`;
    if (segment.endsWith('.')) return `the segment "${segment}" ends with ".", which Windows drops from folder names`;
  }
  return undefined;
}

/** Normalises a safe site path to the form `/a/b/` (leading and trailing slash, no empty segments). */
export function normaliseUrlPath(path: string): string {
  const segments = path.split('/').filter((s) => s !== '');
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

function describeUnsafe(segment: string): string {
  const first = segment[0] ?? '';
  if (SEGMENT_CHARACTER.test(first) && !/[A-Za-z0-9]/.test(first)) return `"${first}" at its start`;
  const bad = [...segment].find((c) => !SEGMENT_CHARACTER.test(c)) ?? first;
  return bad === ' ' ? 'a space' : `"${bad}"`;
}

/** Decodes percent-escapes of printable ASCII characters (enough to show what `%2e%2e` hides). */
function decodeAscii(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const code = Number.parseInt(hex, 16);
    return code > 0x20 && code < 0x7f ? String.fromCharCode(code) : escape;
  });
}
