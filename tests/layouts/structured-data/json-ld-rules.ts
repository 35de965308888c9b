/**
 * Checks JSON-LD blocks against what Google requires of a JobPosting (title, description, datePosted,
 * hiringOrganization, and jobLocation or a TELECOMMUTE jobLocationType with applicantLocationRequirements)
 * and the types of the recommended properties we emit. Returns one sentence per problem.
 */

type Json = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMPLOYMENT_TYPES = new Set(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER']);
const UNITS = new Set(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']);

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
const typed = (value: unknown, type: string): value is Json => isObject(value) && value['@type'] === type;

/** Problems with one JSON-LD block of any supported type. */
export function jsonLdProblems(data: unknown): string[] {
  if (!isObject(data)) return ['the block is not a JSON object'];
  if (data['@context'] !== 'https://schema.org') return ['@context is not https://schema.org'];
  if (data['@type'] === 'JobPosting') return jobPostingProblems(data);
  if (data['@type'] === 'Occupation') return occupationProblems(data);
  return [`unexpected @type ${JSON.stringify(data['@type'])}`];
}

function occupationProblems(data: Json): string[] {
  const problems: string[] = [];
  if (!text(data['name'])) problems.push('Occupation: name is missing');
  if ('description' in data && !text(data['description'])) problems.push('Occupation: description is empty');
  for (const key of ['responsibilities', 'qualifications']) {
    const value = data[key];
    if (value !== undefined && !(Array.isArray(value) && value.length > 0 && value.every(text))) problems.push(`Occupation: ${key} is not a list of text`);
  }
  return problems;
}

function jobPostingProblems(data: Json): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string): void => {
    if (!ok) problems.push(`JobPosting: ${message}`);
  };
  need(text(data['title']), 'title is missing');
  need(text(data['description']), 'description is missing');
  need(typeof data['datePosted'] === 'string' && DATE.test(data['datePosted']), 'datePosted is not a YYYY-MM-DD date');
  const organization = data['hiringOrganization'];
  need(typed(organization, 'Organization') && text(organization['name']), 'hiringOrganization is not an Organization with a name');
  const locations = data['jobLocation'];
  const hasPlace = Array.isArray(locations) && locations.length > 0 && locations.every((place) =>
    typed(place, 'Place') && typed(place['address'], 'PostalAddress') && Object.keys(place['address']).some((k) => k.startsWith('address')));
  const remote = data['jobLocationType'] === 'TELECOMMUTE';
  const countries = data['applicantLocationRequirements'];
  const hasCountries = Array.isArray(countries) && countries.length > 0 && countries.every((c) => typed(c, 'Country') && text(c['name']));
  need(hasPlace || (remote && hasCountries), 'needs jobLocation, or jobLocationType TELECOMMUTE with applicantLocationRequirements');
  need(locations === undefined || hasPlace, 'jobLocation is not a list of Places with a PostalAddress');
  need(data['jobLocationType'] === undefined || remote, 'jobLocationType is not TELECOMMUTE');
  need(countries === undefined || hasCountries, 'applicantLocationRequirements is not a list of Countries');
  need(data['validThrough'] === undefined || (typeof data['validThrough'] === 'string' && DATE.test(data['validThrough'])), 'validThrough is not a YYYY-MM-DD date');
  need(data['employmentType'] === undefined || EMPLOYMENT_TYPES.has(String(data['employmentType'])), 'employmentType is not a schema.org employment type');
  const salary = data['baseSalary'];
  if (salary !== undefined) {
    const value = typed(salary, 'MonetaryAmount') ? salary['value'] : undefined;
    need(typed(salary, 'MonetaryAmount') && typeof salary['currency'] === 'string' && /^[A-Z]{3}$/.test(salary['currency']), 'baseSalary is not a MonetaryAmount with an ISO 4217 currency');
    need(typed(value, 'QuantitativeValue') && typeof value['minValue'] === 'number' && typeof value['maxValue'] === 'number' && value['minValue'] <= value['maxValue'] && UNITS.has(String(value['unitText'])), 'baseSalary.value is not a QuantitativeValue with minValue ≤ maxValue and a unitText');
  }
  const identifier = data['identifier'];
  need(identifier === undefined || (typed(identifier, 'PropertyValue') && text(identifier['name']) && text(identifier['value'])), 'identifier is not a PropertyValue with name and value');
  return problems;
}

/**
 * Every value a JSON-LD block states, as [path, value] pairs, leaving out `@context` and `@type`
 * (vocabulary, not content). The tests check each one is visible on the page.
 */
export function jsonLdValues(data: unknown, path = ''): [string, string][] {
  if (Array.isArray(data)) return data.flatMap((item, i) => jsonLdValues(item, `${path}[${i}]`));
  if (isObject(data)) {
    return Object.entries(data).flatMap(([key, value]) => (key === '@context' || key === '@type' ? [] : jsonLdValues(value, path ? `${path}.${key}` : key)));
  }
  return [[path, String(data)]];
}
