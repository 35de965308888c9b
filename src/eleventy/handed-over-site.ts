import type { UncheckedSite } from '../build/load-site.ts';
import type { BuildPass } from '../build/build-passes.ts';

/** The site the CLI has checked, and the part of it the next Eleventy run writes. */
export interface HandedOverSite {
  readonly site: UncheckedSite;
  readonly pass: BuildPass;
}

let handedOver: HandedOverSite | undefined;

/**
 * The CLI hands Eleventy the site it has just loaded and checked, so the build renders exactly what
 * was checked, without reading and hashing every page a second time. Taken once, by the next
 * Eleventy run's configuration: a preview's later rebuilds load the content again.
 */
export function handOverSite(site: UncheckedSite, pass: BuildPass): void {
  handedOver = { site, pass };
}

/** The site handed over for this run, if any; it is then gone. */
export function takeHandedOverSite(): HandedOverSite | undefined {
  const taken = handedOver;
  handedOver = undefined;
  return taken;
}
