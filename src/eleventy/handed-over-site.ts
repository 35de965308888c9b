import type { UncheckedSite } from '../site/load-site.ts';

let handedOver: UncheckedSite | undefined;

/**
 * The CLI hands Eleventy the site it has just loaded and checked, so the build renders exactly what
 * was checked, without reading and hashing every page a second time. Taken once: a preview's later
 * rebuilds load the content again.
 */
export function handOverSite(site: UncheckedSite): void {
  handedOver = site;
}

/** The site handed over for this build, if any; it is then gone. */
export function takeHandedOverSite(): UncheckedSite | undefined {
  const site = handedOver;
  handedOver = undefined;
  return site;
}
