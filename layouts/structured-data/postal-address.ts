/** The parts of a postal address that a free-text location such as "Denver, Colorado, United States" gives. */
export interface AddressParts {
  readonly addressLocality?: string;
  readonly addressRegion?: string;
  readonly addressCountry?: string;
}

let countryNames: ReadonlySet<string> | undefined;

/**
 * English country names ("germany", "usa"), built once, lower case. Two-letter codes are left out on
 * purpose: "CO" or "CA" after a city is far more often a US state than Colombia or Canada.
 */
function knownCountries(): ReadonlySet<string> {
  if (countryNames) return countryNames;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const known = new Set<string>(['usa', 'uk', 'u.s.', 'u.s.a.', 'america']);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const name = names.of(a + b);
      if (name !== undefined && name !== a + b) known.add(name.toLowerCase());
    }
  }
  countryNames = known;
  return known;
}

/**
 * Reads a location written as "City, Region, Country" (the order people write addresses in English).
 * Each part keeps the author's words, so the JSON-LD says nothing the page does not; a part is only
 * called a country when it is the last one and names a country, so "Denver, CO" never claims Colorado is one.
 */
export function addressParts(location: string): AddressParts {
  const parts = location.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const last = parts[parts.length - 1];
  if (last === undefined) return {};
  const hasCountry = knownCountries().has(last.toLowerCase());
  const place = hasCountry ? parts.slice(0, -1) : parts;
  const locality = place[0];
  const region = place.length > 1 ? place.slice(1).join(', ') : undefined;
  return {
    ...(locality !== undefined ? { addressLocality: locality } : {}),
    ...(region !== undefined ? { addressRegion: region } : {}),
    ...(hasCountry ? { addressCountry: last } : {}),
  };
}
