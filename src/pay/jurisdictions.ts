/**
 * Where the law requires a job posting to state its pay, as data: each law with its source and the
 * date it took effect. Employer-size thresholds (such as 15 or more employees) are not modelled: a
 * site whose employer is below one switches the rule off or gives the range anyway. Not legal advice;
 * docs/language.md says how the list was made.
 */
export interface PayLaw {
  /** The place as candidates name it, used in messages. */
  readonly place: string;
  readonly law: string;
  /** Where the requirement is written. */
  readonly source: string;
  /** The day the posting requirement took effect, YYYY-MM-DD. */
  readonly effective: string;
  /** ISO 3166 code of the country the place is in. */
  readonly country: string;
  /** `country`: the whole country; `region`: a state or province; `city`: a city. */
  readonly scope: 'country' | 'region' | 'city';
  /** Lowercase names matched as whole words in an opening's location. */
  readonly names: readonly string[];
  /** Upper-case region codes matched after a comma ("Denver, CO"). */
  readonly codes?: readonly string[];
  /** Names that mean another place with a similar name; a location with one of them does not match. */
  readonly unless?: readonly string[];
  /** True when the law is met by giving the range before the interview rather than in the posting. */
  readonly beforeInterview: boolean;
  /** A law in force is an error; the EU directive, met by each member state's own law, a warning. */
  readonly severity: 'error' | 'warning';
}

type LawFields = Pick<PayLaw, 'place' | 'law' | 'source' | 'effective' | 'names'> & Partial<Pick<PayLaw, 'codes' | 'unless'>>;

const us = (scope: 'region' | 'city', fields: LawFields): PayLaw => ({ ...fields, country: 'US', scope, beforeInterview: false, severity: 'error' });
const canada = (fields: LawFields): PayLaw => ({ ...fields, country: 'CA', scope: 'region', beforeInterview: false, severity: 'error' });

const DC_NAMES = ['washington dc', 'washington d.c', 'washington, dc', 'washington, d.c', 'district of columbia'];

const US_LAWS: readonly PayLaw[] = [
  us('region', { place: 'Colorado', law: 'Equal Pay for Equal Work Act (SB 19-085)', source: 'C.R.S. § 8-5-201(2)', effective: '2021-01-01', names: ['colorado', 'denver', 'boulder', 'colorado springs', 'fort collins'], codes: ['CO'] }),
  us('region', { place: 'California', law: 'SB 1162', source: 'California Labor Code § 432.3(c)(3)', effective: '2023-01-01', names: ['california', 'san francisco', 'los angeles', 'san diego', 'san jose', 'oakland', 'palo alto', 'mountain view', 'sunnyvale', 'santa clara', 'sacramento', 'irvine', 'berkeley'], codes: ['CA'], unless: ['canada'] }),
  us('region', { place: 'Washington State', law: 'SB 5761', source: 'RCW 49.58.110', effective: '2023-01-01', names: ['washington', 'seattle', 'bellevue', 'redmond', 'tacoma', 'spokane'], codes: ['WA'], unless: DC_NAMES }),
  us('city', { place: 'Jersey City', law: 'Pay Transparency Ordinance 22-026', source: 'Jersey City Municipal Code, ordinance 22-026', effective: '2022-04-13', names: ['jersey city'] }),
  us('city', { place: 'New York City', law: 'Local Law 32 of 2022', source: 'NYC Administrative Code § 8-107(32)', effective: '2022-11-01', names: ['new york city', 'nyc', 'manhattan', 'brooklyn', 'queens', 'the bronx', 'staten island'] }),
  us('region', { place: 'New York State', law: 'Labor Law § 194-b', source: 'New York Labor Law § 194-b', effective: '2023-09-17', names: ['new york', 'nyc', 'manhattan', 'brooklyn', 'queens', 'the bronx', 'staten island', 'buffalo', 'albany', 'syracuse', 'ithaca'], codes: ['NY'] }),
  us('region', { place: 'Hawaii', law: 'Act 203 (SB 1057, 2023)', source: 'Hawaii Revised Statutes § 378-2.4', effective: '2024-01-01', names: ['hawaii', 'honolulu'], codes: ['HI'] }),
  us('region', { place: 'Washington, DC', law: 'Wage Transparency Omnibus Amendment Act of 2023', source: 'D.C. Code § 32-1451 et seq.', effective: '2024-06-30', names: DC_NAMES, codes: ['DC'] }),
  us('region', { place: 'Maryland', law: 'SB 525 (2024)', source: 'Maryland Labor and Employment § 3-304.2', effective: '2024-10-01', names: ['maryland', 'baltimore', 'bethesda', 'rockville'], codes: ['MD'] }),
  us('region', { place: 'Illinois', law: 'HB 3129 (Public Act 103-0539)', source: 'Illinois Equal Pay Act of 2003, 820 ILCS 112/10(b-25)', effective: '2025-01-01', names: ['illinois', 'chicago'], codes: ['IL'] }),
  us('region', { place: 'Minnesota', law: 'Minnesota pay transparency law (2024)', source: 'Minnesota Statutes § 181.173', effective: '2025-01-01', names: ['minnesota', 'minneapolis', 'saint paul', 'st. paul'], codes: ['MN'] }),
  us('region', { place: 'New Jersey', law: 'P.L.2024, c.91 (S2310)', source: 'N.J.S.A. 34:11-56a42', effective: '2025-06-01', names: ['new jersey', 'jersey city', 'newark', 'hoboken', 'princeton'], codes: ['NJ'] }),
  us('region', { place: 'Vermont', law: 'Act 155 of 2024 (H.704)', source: '21 V.S.A. § 495o', effective: '2025-07-01', names: ['vermont', 'montpelier'], codes: ['VT'] }),
  us('city', { place: 'Cleveland', law: 'Cleveland pay transparency ordinance (2024)', source: 'Codified Ordinances of the City of Cleveland, pay transparency and salary history provisions', effective: '2025-10-27', names: ['cleveland'] }),
  us('region', { place: 'Massachusetts', law: 'Frances Perkins Workplace Equity Act (Chapter 141 of the Acts of 2024)', source: 'M.G.L. c. 149, § 105E', effective: '2025-10-29', names: ['massachusetts', 'boston'], codes: ['MA'] }),
];

const CANADA_LAWS: readonly PayLaw[] = [
  canada({ place: 'British Columbia', law: 'Pay Transparency Act', source: 'Pay Transparency Act, S.B.C. 2023, c. 18, s. 5', effective: '2023-11-01', names: ['british columbia', 'b.c.', 'vancouver', 'burnaby'], codes: ['BC'] }),
  canada({ place: 'Prince Edward Island', law: 'Employment Standards Act (2024 amendments)', source: 'Employment Standards Act, R.S.P.E.I. 1988, c. E-6.2, s. 5.7', effective: '2025-01-01', names: ['prince edward island', 'p.e.i.', 'pei', 'charlottetown'], codes: ['PE'] }),
  canada({ place: 'Ontario', law: 'Working for Workers Four Act, 2024', source: 'Employment Standards Act, 2000 (Ontario), s. 8.1', effective: '2026-01-01', names: ['ontario', 'toronto', 'ottawa', 'mississauga', 'kitchener'], codes: ['ON'] }),
];

/** EU member states with the names (English and their own) and a few cities their openings are written with. */
const EU_MEMBERS: readonly (readonly [string, string, readonly string[]])[] = [
  ['AT', 'Austria', ['austria', 'österreich', 'vienna', 'wien']], ['BE', 'Belgium', ['belgium', 'belgië', 'belgique', 'brussels', 'antwerp']],
  ['BG', 'Bulgaria', ['bulgaria', 'sofia']], ['HR', 'Croatia', ['croatia', 'hrvatska', 'zagreb']], ['CY', 'Cyprus', ['cyprus', 'nicosia', 'limassol']],
  ['CZ', 'Czechia', ['czechia', 'czech republic', 'prague', 'brno']], ['DK', 'Denmark', ['denmark', 'danmark', 'copenhagen']],
  ['EE', 'Estonia', ['estonia', 'eesti', 'tallinn']], ['FI', 'Finland', ['finland', 'suomi', 'helsinki']], ['FR', 'France', ['france', 'paris', 'lyon']],
  ['DE', 'Germany', ['germany', 'deutschland', 'berlin', 'munich', 'münchen', 'hamburg', 'frankfurt', 'cologne', 'köln']],
  ['GR', 'Greece', ['greece', 'athens']], ['HU', 'Hungary', ['hungary', 'magyarország', 'budapest']], ['IE', 'Ireland', ['ireland', 'éire']],
  ['IT', 'Italy', ['italy', 'italia', 'rome', 'milan', 'milano']], ['LV', 'Latvia', ['latvia', 'latvija', 'riga']], ['LT', 'Lithuania', ['lithuania', 'lietuva', 'vilnius']],
  ['LU', 'Luxembourg', ['luxembourg']], ['MT', 'Malta', ['malta', 'valletta']], ['NL', 'the Netherlands', ['netherlands', 'nederland', 'amsterdam', 'rotterdam', 'utrecht', 'eindhoven']],
  ['PL', 'Poland', ['poland', 'polska', 'warsaw', 'kraków', 'krakow', 'wrocław']], ['PT', 'Portugal', ['portugal', 'lisbon', 'lisboa', 'porto']],
  ['RO', 'Romania', ['romania', 'românia', 'bucharest', 'cluj']], ['SK', 'Slovakia', ['slovakia', 'slovensko', 'bratislava']], ['SI', 'Slovenia', ['slovenia', 'slovenija', 'ljubljana']],
  ['ES', 'Spain', ['spain', 'españa', 'madrid', 'barcelona', 'valencia']], ['SE', 'Sweden', ['sweden', 'sverige', 'stockholm', 'gothenburg', 'malmö']],
];

const EU_LAWS: readonly PayLaw[] = EU_MEMBERS.map(([country, place, names]) => ({
  place,
  law: 'Directive (EU) 2023/970 (pay transparency), Article 5',
  source: 'Directive (EU) 2023/970, Article 5(1); member states were to transpose it by 2026-06-07',
  effective: '2026-06-07',
  country,
  scope: 'country',
  names,
  beforeInterview: true,
  severity: 'warning',
}));

/** Every pay-transparency law the check knows, in the order messages name them. */
export const PAY_LAWS: readonly PayLaw[] = [...US_LAWS, ...CANADA_LAWS, ...EU_LAWS];
