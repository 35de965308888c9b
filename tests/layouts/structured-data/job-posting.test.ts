import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jobPosting } from '../../../layouts/structured-data/job-posting.ts';
import { occupation } from '../../../layouts/structured-data/occupation.ts';
import { addressParts } from '../../../layouts/structured-data/postal-address.ts';
import { DEFAULT_SETTINGS } from '../../../src/model/settings-schema.ts';
import { sampleOpening, sampleRole, sampleSite } from '../sample-site.ts';
import { jsonLdProblems, jsonLdValues } from './json-ld-rules.ts';

const site = sampleSite();
const role = site.roles.find((r) => r.openings.length > 0)!;

test('an on-site opening: place, salary, closing date and identifier, all from the content', () => {
  const result = jobPosting(role, role.openings[1]!, site.settings);
  assert.ok(result.ok);
  const { description, ...rest } = result.data;
  assert.equal(description, role.html);
  assert.deepEqual(rest, {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Telemetry Engineer, Denver',
    datePosted: '2026-11-10',
    validThrough: '2027-01-31',
    employmentType: 'FULL_TIME',
    hiringOrganization: { '@type': 'Organization', name: 'Northwind Orbital', sameAs: 'https://northwind.example' },
    jobLocation: [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Denver', addressRegion: 'Colorado', addressCountry: 'United States' } }],
    baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 95000, maxValue: 125000, unitText: 'YEAR' } },
    identifier: { '@type': 'PropertyValue', name: 'Northwind Orbital', value: 'tel-denver' },
  });
  assert.deepEqual(jsonLdProblems(result.data), []);
});

test('a remote opening: TELECOMMUTE with the applicant countries by name, no invented place', () => {
  const result = jobPosting(role, role.openings[0]!, site.settings);
  assert.ok(result.ok);
  assert.equal(result.data['jobLocationType'], 'TELECOMMUTE');
  assert.deepEqual(result.data['applicantLocationRequirements'], [{ '@type': 'Country', name: 'Germany' }, { '@type': 'Country', name: 'Portugal' }]);
  assert.equal('jobLocation' in result.data, false);
  assert.equal('validThrough' in result.data, false);
  assert.equal('baseSalary' in result.data, false);
  assert.deepEqual(jsonLdProblems(result.data), []);
});

test('without settings.organization the site name is the hiring organisation', () => {
  const result = jobPosting(role, role.openings[0]!, DEFAULT_SETTINGS);
  assert.ok(result.ok);
  assert.deepEqual(result.data['hiringOrganization'], { '@type': 'Organization', name: 'Careers' });
});

test('an opening Google would reject gets no JobPosting, and says what is missing', () => {
  const remoteNowhere = jobPosting(role, sampleOpening({ applicant_countries: [], locations: ['Remote'] }), site.settings);
  assert.deepEqual(remoteNowhere, { ok: false, missing: '`applicant_countries` for a remote opening' });
  const onSiteNowhere = jobPosting(role, sampleOpening({ remote: false, applicant_countries: [] }), site.settings);
  assert.deepEqual(onSiteNowhere, { ok: false, missing: 'a location (an office, or `remote: true`)' });
  const empty = jobPosting(sampleRole({ html: '', summary: '' }), sampleOpening(), site.settings);
  assert.deepEqual(empty, { ok: false, missing: 'a description (the page body is empty)' });
});

test('an Occupation for every role, with only what the page shows', () => {
  assert.deepEqual(occupation(role), {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: 'Telemetry Engineer <script>alert("x")</script> & "Co"',
    description: 'Build the pipes & "tubes" <fast>.',
    responsibilities: ['Keep the pipes full.'],
    qualifications: ['Patience with radios.'],
  });
  assert.deepEqual(occupation(sampleRole({ summary: '' })), { '@context': 'https://schema.org', '@type': 'Occupation', name: 'Telemetry Engineer' });
});

test('the JSON-LD rules catch what Google would reject', () => {
  assert.deepEqual(jsonLdProblems({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'X', description: '<p>x</p>', datePosted: '2026-1-1', hiringOrganization: { '@type': 'Organization' }, jobLocationType: 'TELECOMMUTE', baseSalary: { '@type': 'MonetaryAmount', currency: 'usd' } }), [
    'JobPosting: datePosted is not a YYYY-MM-DD date',
    'JobPosting: hiringOrganization is not an Organization with a name',
    'JobPosting: needs jobLocation, or jobLocationType TELECOMMUTE with applicantLocationRequirements',
    'JobPosting: baseSalary is not a MonetaryAmount with an ISO 4217 currency',
    'JobPosting: baseSalary.value is not a QuantitativeValue with minValue ≤ maxValue and a unitText',
  ]);
  assert.deepEqual(jsonLdValues({ '@type': 'X', a: [{ b: 1 }], c: 'd' }), [['a[0].b', '1'], ['c', 'd']]);
});

test('locations are read as "City, Region, Country" without guessing countries from codes', () => {
  assert.deepEqual(addressParts('Denver, Colorado, United States'), { addressLocality: 'Denver', addressRegion: 'Colorado', addressCountry: 'United States' });
  assert.deepEqual(addressParts('Denver, CO'), { addressLocality: 'Denver', addressRegion: 'CO' });
  assert.deepEqual(addressParts('Berlin, Germany'), { addressLocality: 'Berlin', addressCountry: 'Germany' });
  assert.deepEqual(addressParts('Germany'), { addressCountry: 'Germany' });
  assert.deepEqual(addressParts('London'), { addressLocality: 'London' });
  assert.deepEqual(addressParts(' , '), {});
});
