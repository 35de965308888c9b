/** Words that rank a job: a heading holding one names a level ("Staff", "Senior Manager, Support"). */
const RANK = /\b(junior|jr|associate|intermediate|mid|senior|sr|staff|principal|distinguished|lead|head|chief|director|vice president|vp|evp|svp|manager|fellow|intern|apprentice|trainee)\b/i;
/** Nouns real job titles end in; a heading under "Levels" with none of them (`### Package`) is a team. */
const JOB_NOUN = /\b(engineers?|developers?|managers?|directors?|designers?|analysts?|specialists?|leads?|officers?|architects?|writers?|representatives?|executives?|administrators?|coordinators?|consultants?|scientists?|researchers?|partners?|advocates?|accountants?|counsel|recruiters?|strategists?|illustrators?|marketers?|editors?|owners?|president|heads?|fellows?|interns?|technicians?|agents?|operators?|planners?|assistants?|controllers?|auditors?|programmers?|testers?|evangelists?|sourcers?|coaches?|generalists?|associates?|stewards?|keepers?|officials?|buyers?|producers?|librarians?|clerks?|secretary|treasurer|attorneys?|paralegals?|lawyers?)\b/i;
/** Headings that name a part of a description, never a level, even under "Levels". */
export const SECTION_NAME = /\b(responsibilit|requirement|qualification|grade|hiring|performance indicator|specialt|span of control|career ladder|benefits|compensation|about|overview|links|expect|apply|nice.to.have|interview)/i;
/** Words of section names that are also words of job titles ("Customer Experience Manager"): they rule out only headings without a job word. */
const SECTION_WORD = /\b(experience|skills|education|knowledge|competenc|scope|outcomes?\b|success|mindset|traits|values|tools|technolog|duties|summary|description|purpose|mission|background|location|salary|metrics|goals|objectives|principles|resources|training|certification|travel|culture|process|what you|who you|you will|you.ll|leadership|focus areas?)/i;
/** Statement subjects that name the page's level without its title: "The role is a grade 7", "This position is grade 8". */
const GENERIC = /^(?:(?:this|that|the|each|our|your)\s+)?(?:role|position|job|level|job title|title|person|hire|individual|team member|it)$/i;
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bSr\.?(?=\s|$)/gi, 'Senior'],
  [/\bJr\.?(?=\s|$)/gi, 'Junior'],
  [/\bMgr\.?(?=\s|$)/gi, 'Manager'],
  [/\bAssoc\.?(?=\s|$)/gi, 'Associate'],
  [/\bDir\.(?=\s|$)/gi, 'Director'],
];
const STOP_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'for', 'to', 'in', 'at', 'on']);

/** Spells out the abbreviations job titles use ("Sr. Director" → "Senior Director"), so a full stop inside a title ends no sentence. */
export function expandAbbreviations(text: string): string {
  return ABBREVIATIONS.reduce((out, [pattern, word]) => out.replace(pattern, word), text);
}

/** A title reduced for comparison: lower case, words only. */
export function normalise(text: string): string {
  return expandAbbreviations(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** True when two titles are the same words in the same order, abbreviations spelt out ("Sr. Designer", "Senior Designer"). */
export function sameTitle(a: string, b: string): boolean {
  return normalise(a) !== '' && normalise(a) === normalise(b);
}

/**
 * True when two titles have the same words in any order: "Senior Manager, Support" and "Senior Support
 * Manager"; "Sr. Director of Strategy" and "Senior Director, Strategy". Weaker than `sameTitle`: one
 * page may have both a "Manager, Analyst Relations" and an "Analyst Relations Manager".
 */
export function similarTitle(a: string, b: string): boolean {
  const words = (text: string): string => normalise(text).split(' ').filter((w) => w !== '' && !STOP_WORDS.has(w)).map(singular).sort().join(' ');
  return words(a) !== '' && words(a) === words(b);
}

/** True for a statement subject that stands for the page's own level ("this position"). */
export function isGenericSubject(subject: string): boolean {
  return GENERIC.test(subject.trim());
}

/** True when a heading reads as a job title: a rank word, a job noun, or the role's own head noun. */
export function readsAsJobTitle(title: string, roleTitle: string): boolean {
  if (title === '' || SECTION_NAME.test(title) || !/^[A-Z0-9]/.test(title) || title.split(/\s+/).length > 10) return false;
  if (RANK.test(title) || JOB_NOUN.test(title)) return true;
  if (SECTION_WORD.test(title)) return false;
  const head = singular(normalise(roleTitle).split(' ').pop() ?? '');
  return head !== '' && normalise(title).split(' ').map(singular).includes(head);
}

/** True when a heading names a part of a description ("Responsibilities", "Professional Experience"), not a level or a team. */
export function namesSection(title: string): boolean {
  return SECTION_NAME.test(title) || (SECTION_WORD.test(title) && !RANK.test(title) && !JOB_NOUN.test(title));
}

/** True when a text starts with a rank word ("Senior …", "Director of …"). */
export function startsWithRank(title: string): boolean {
  const match = RANK.exec(title);
  return match?.index === 0;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
