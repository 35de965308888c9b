const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of an ISO 3166 country in the site's language ("US" → "United States"). The page shows it
 * and the JSON-LD repeats it, so both come from here.
 */
export function countryName(code: string, language: string): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? code;
}
