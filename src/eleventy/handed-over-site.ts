import type { LoadedSite } from '../site/load-site.ts';

let handedOver: LoadedSite | undefined;

/**
 * The CLI hands Eleventy the site it has just loaded and checked, so the build renders exactly what
 * was checked, without reading and hashing every page a second time. Taken once: a preview's later
 * rebuilds load the content again.
 */
export function handOverSite(site: LoadedSite): void {
  handedOver = site;
}

/** The site handed over for this build, if any; it is then gone. */
export function takeHandedOverSite(): LoadedSite | undefined {
  const site = handedOver;
  handedOver = undefined;
  return site;
}
