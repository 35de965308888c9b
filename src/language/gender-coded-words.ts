/**
 * Gender-coded word stems, as data. Gaucher, Friesen & Kay (2011), "Evidence that gendered wording in
 * job advertisements exists and sustains gender inequality", Journal of Personality and Social
 * Psychology 101(1), 109-128, found that ads worded with masculine-coded words made women find the
 * job less appealing and feel they belonged less, while feminine-coded wording had no such effect on
 * men. The stems below are the paper's Appendix A lists as Kat Matfield's Gender Decoder publishes
 * them (gender-decoder.katmatfield.com), with that tool's few additions; a stem matches any word that
 * starts with it ("compet" covers "compete", "competitive", "competition").
 */
export const GENDER_CODED_SOURCE = 'Gaucher, Friesen & Kay (2011), J. Personality and Social Psychology 101(1), Appendix A; stems as in Kat Matfield\'s Gender Decoder';

export const MASCULINE_STEMS: readonly string[] = [
  'active', 'adventurous', 'aggress', 'ambitio', 'analy', 'assert', 'athlet', 'autonom', 'battle', 'boast',
  'challeng', 'champion', 'compet', 'confident', 'courag', 'decid', 'decision', 'decisive', 'defend',
  'determin', 'domina', 'dominant', 'driven', 'fearless', 'fight', 'force', 'greedy', 'head-strong',
  'headstrong', 'hierarch', 'hostil', 'impulsive', 'independen', 'individual', 'intellect', 'lead', 'logic',
  'objective', 'opinion', 'outspoken', 'persist', 'principle', 'reckless', 'self-confiden', 'self-relian',
  'self-sufficien', 'selfconfiden', 'selfrelian', 'selfsufficien', 'stubborn', 'superior', 'unreasonab',
];

export const FEMININE_STEMS: readonly string[] = [
  'agree', 'affectionate', 'child', 'cheer', 'collab', 'commit', 'communal', 'compassion', 'connect',
  'considerate', 'cooperat', 'co-operat', 'depend', 'emotiona', 'empath', 'feel', 'flatterable', 'gentle',
  'honest', 'interpersonal', 'interdependen', 'interpersona', 'inter-personal', 'inter-dependen',
  'inter-persona', 'kind', 'kinship', 'loyal', 'modesty', 'nag', 'nurtur', 'pleasant', 'polite', 'quiet',
  'respon', 'sensitiv', 'submissive', 'support', 'sympath', 'tender', 'together', 'trust', 'understand',
  'warm', 'whin', 'enthusias', 'inclusive', 'yield', 'share', 'sharin',
];

/**
 * Words a stem would catch that are not the trait the study measured, because a job page uses them
 * in another sense: software "dependencies", "all kinds of", a "warmup", "responsibilities" (a
 * section every page has), the Nagios monitoring tool, "confidential" data, network "connectivity". A
 * word that starts with one of these is not counted.
 */
export const NOT_GENDER_CODED: readonly string[] = ['dependenc', 'kinds', 'warmup', 'warm-up', 'nagios', 'responsibilit', 'confidential', 'connectivity'];
