import { PAY_LAWS, type PayLaw } from './jurisdictions.ts';

/** Where an opening can be worked from, as its front matter says. */
export interface OpeningPlace {
  readonly locations: readonly string[];
  readonly remote: boolean;
  readonly applicant_countries: readonly string[];
}

const patterns = new Map<string, RegExp>();

/**
 * The pay-transparency laws that cover an opening: those of every place its locations name, of every
 * country it takes applicants from (a national law), and, for a remote opening open to a country,
 * every state, province and city law of that country, since anyone living there can apply.
 */
export function lawsFor(opening: OpeningPlace, laws: readonly PayLaw[] = PAY_LAWS): PayLaw[] {
  const texts = opening.locations.map(normalise);
  const remote = opening.remote || texts.some((t) => /\bremote\b/i.test(t));
  const countries = new Set(opening.applicant_countries);
  for (const text of texts) {
    // Case matters: "US" is the country, "us" a word.
    if (/(?:^|[^A-Za-z])(US|USA|U\.S\.A?\.?)(?![A-Za-z])/.test(text) || /united states/i.test(text)) countries.add('US');
    if (/\bcanada\b/i.test(text)) countries.add('CA');
  }
  const remoteEurope = remote && texts.some((t) => /\b(EU|EMEA)\b|\beurope(an union)?\b/i.test(t));
  return laws.filter((law) =>
    texts.some((text) => namedIn(law, text))
    || (law.scope === 'country' && (countries.has(law.country) || remoteEurope))
    || (remote && countries.has(law.country)));
}

/** True when a location names the law's place: one of its names as whole words, or its code after a comma. */
function namedIn(law: PayLaw, text: string): boolean {
  const lower = text.toLowerCase();
  if (law.unless?.some((name) => hasWords(lower, name))) return false;
  return law.names.some((name) => hasWords(lower, name)) || (law.codes ?? []).some((code) => pattern(`(?:^|,)\\s*${code}(?![A-Za-z])`, '').test(text));
}

function hasWords(text: string, words: string): boolean {
  return pattern(`(?:^|[^\\p{L}\\p{N}])${escape(words)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/** "New York" written as the city (first, before any comma) means New York City too. */
function normalise(location: string): string {
  const text = location.normalize('NFC').trim();
  return /^new york\s*(,|\(|$)/i.test(text) ? `${text} (New York City)` : text;
}

function pattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let found = patterns.get(key);
  if (found === undefined) {
    found = new RegExp(source, flags);
    patterns.set(key, found);
  }
  return found;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
