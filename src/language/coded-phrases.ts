/** A phrase a rule flags, as lowercase words, with what to write instead (the finding's hint). */
export interface CodedPhrase {
  readonly words: readonly string[];
  readonly alternative: string;
  /** The phrase is not about people when one of these words follows it ("a young company"). */
  readonly notBefore?: readonly string[];
}

/** Words after "young" or "energetic" that show it describes a thing, not the person hired. */
const THINGS = ['company', 'companies', 'startup', 'start-up', 'business', 'product', 'products', 'industry', 'field', 'market', 'brand', 'organisation', 'organization', 'city', 'country', 'technology', 'codebase', 'project', 'environment', 'atmosphere', 'pace', 'office'];

/**
 * Age-coded wording. Burn, Button, Munguia Corella & Neumark (2022), "Does Ageist Language in Job Ads
 * Predict Age Discrimination in Hiring?", Journal of Labor Economics 40(3), found that ads using such
 * words called back older applicants less; the US EEOC names "young", "recent college graduate" and
 * "digital native" as wording that can show an age preference (Age Discrimination in Employment Act).
 */
export const AGE_CODED: readonly CodedPhrase[] = [
  { words: ['digital', 'native'], alternative: 'Say which tools the person will use, such as "comfortable with Figma and Slack".' },
  { words: ['digital', 'natives'], alternative: 'Say which tools the person will use, such as "comfortable with Figma and Slack".' },
  { words: ['recent', 'graduate'], alternative: 'Write "early-career" or "entry-level", and say what the person needs to know.' },
  { words: ['recent', 'graduates'], alternative: 'Write "early-career" or "entry-level", and say what the person needs to know.' },
  { words: ['recent', 'grad'], alternative: 'Write "early-career" or "entry-level", and say what the person needs to know.' },
  { words: ['recent', 'grads'], alternative: 'Write "early-career" or "entry-level", and say what the person needs to know.' },
  { words: ['fresh', 'graduate'], alternative: 'Write "early-career" or "entry-level".' },
  { words: ['fresh', 'graduates'], alternative: 'Write "early-career" or "entry-level".' },
  { words: ['young'], alternative: 'Describe the work or the team ("a team that likes to try new tools"), not the age of the people.', notBefore: THINGS },
  { words: ['youthful'], alternative: 'Describe the work or the team, not the age of the people.', notBefore: THINGS },
  { words: ['energetic'], alternative: 'Write "motivated" or "enthusiastic", or say what the work asks for.', notBefore: THINGS },
];

/**
 * Jargon titles. Candidates search for the title they hold ("Backend Engineer"), and Google's job
 * posting guidelines ask for the job's real title; words such as "ninja" also describe a narrow
 * culture more than a skill.
 */
export const JARGON_TITLES: readonly CodedPhrase[] = [
  { words: ['rockstar'], alternative: 'Write "expert" or "skilled", or the real title.' },
  { words: ['rockstars'], alternative: 'Write "experts", or the real title.' },
  { words: ['rock', 'star'], alternative: 'Write "expert" or "skilled", or the real title.' },
  { words: ['ninja'], alternative: 'Write "expert" or "specialist", or the real title.' },
  { words: ['ninjas'], alternative: 'Write "experts" or "specialists", or the real title.' },
  { words: ['guru'], alternative: 'Write "expert" or "specialist", or the real title.' },
  { words: ['gurus'], alternative: 'Write "experts" or "specialists", or the real title.' },
  { words: ['wizard'], alternative: 'Write "expert" or "specialist", or the real title.' },
  { words: ['wizards'], alternative: 'Write "experts" or "specialists", or the real title.' },
  { words: ['superstar'], alternative: 'Write "expert" or "skilled", or the real title.' },
  { words: ['unicorn'], alternative: 'List the two or three skills that matter most.' },
  { words: ['jedi'], alternative: 'Write "expert" or "specialist", or the real title.' },
];
