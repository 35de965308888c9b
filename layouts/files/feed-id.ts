import { createHash } from 'node:crypto';
import type { SiteUrls } from '../../src/model/site-urls.ts';

/** RFC 4122's namespace for names that are URLs. */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/**
 * The permanent id of an Atom feed or entry (RFC 4287 §4.2.6 wants an absolute IRI): its absolute
 * URL, or, on a site that names no origin, a name-based UUID (RFC 4122 version 5) of the site's name and
 * the path, so that it is still absolute, the same on every build and different for every page.
 */
export function atomId(urls: SiteUrls, siteName: string, path: string): string {
  const absolute = urls.absolute(path);
  if (absolute !== undefined) return absolute;
  return `urn:uuid:${nameBasedUuid(`careers:${siteName}:${urls.href(path)}`)}`;
}

/** A version 5 UUID of `name` in the URL namespace. */
export function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(URL_NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
