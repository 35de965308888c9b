/** Abbreviations job titles are written with in one system and spelled out in another. */
const WORDS: Readonly<Record<string, string>> = { sr: 'senior', jr: 'junior', snr: 'senior', mgr: 'manager', eng: 'engineer', vp: 'vice president', and: 'and' };

/**
 * The form in which two job titles are compared: letter case, accents, punctuation and spacing do not
 * count, and "Sr." is "Senior", so "Sr. Backend-Engineer" and "senior backend engineer" are one title.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => WORDS[word] ?? word)
    .join(' ');
}
