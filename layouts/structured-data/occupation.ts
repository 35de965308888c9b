import type { Role } from '../../src/model/role.ts';

/**
 * JSON-LD for a role as a job family (schema.org Occupation), whether or not it is hiring. It repeats
 * only what the page shows: the title, the summary, and the responsibility and requirement lists of the body.
 */
export function occupation(role: Role): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    ...(role.summary ? { description: role.summary } : {}),
    ...(role.responsibilities.length > 0 ? { responsibilities: role.responsibilities } : {}),
    ...(role.requirements.length > 0 ? { qualifications: role.requirements } : {}),
  };
}
