import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.ts';
import { PAY_LAWS } from '../../src/pay/jurisdictions.ts';
import { lawsFor } from '../../src/pay/match-laws.ts';

const places = (locations: string[], remote = false, applicant_countries: string[] = []): string[] =>
  lawsFor({ locations, remote, applicant_countries }).map((law) => law.place);

test('New York City is covered by the city law and the state law', () => {
  assert.deepEqual(places(['New York, NY']), ['New York City', 'New York State']);
  assert.deepEqual(places(['Brooklyn, New York']), ['New York City', 'New York State']);
  assert.deepEqual(places(['Albany, NY']), ['New York State']);
});

test('a remote US opening is reachable from every covered US state and city', () => {
  const us = PAY_LAWS.filter((law) => law.country === 'US').map((law) => law.place);
  assert.equal(us.length, 15);
  assert.deepEqual(places(['Remote - US']), us);
  assert.deepEqual(places(['Remote'], true, ['US']), us);
  // "us" in lower case is a word, not the country.
  assert.deepEqual(places(['Remote, wherever suits us']), []);
});

test('Berlin, Germany falls under the EU directive; Toronto, Ontario under Ontario\'s law', () => {
  assert.deepEqual(places(['Berlin, Germany']), ['Germany']);
  assert.deepEqual(places(['Toronto, Ontario']), ['Ontario']);
  assert.deepEqual(places(['Toronto, ON, Canada']), ['Ontario']);
  assert.deepEqual(places(['Remote'], true, ['CA']), ['British Columbia', 'Prince Edward Island', 'Ontario']);
  assert.equal(places(['Remote (EMEA)'], true).length, 27);
});

test('London, UK and places without a law are not covered', () => {
  assert.deepEqual(places(['London, UK']), []);
  assert.deepEqual(places(['Austin, TX']), []);
  assert.deepEqual(places(['Remote']), []);
  assert.deepEqual(places(['London, Ontario']), ['Ontario']);
});

test('Washington means the state unless it is Washington, DC', () => {
  assert.deepEqual(places(['Seattle, WA']), ['Washington State']);
  assert.deepEqual(places(['Washington, DC']), ['Washington, DC']);
  assert.deepEqual(places(['Spokane, Washington']), ['Washington State']);
  assert.deepEqual(places(['Denver, CO 80202']), ['Colorado']);
});

test('every law has a source, an effective date and at least one name', () => {
  for (const law of PAY_LAWS) {
    assert.match(law.effective, /^\d{4}-\d{2}-\d{2}$/, law.place);
    assert.ok(law.source.length > 0 && law.names.length > 0, law.place);
  }
  assert.equal(PAY_LAWS.filter((law) => law.beforeInterview).length, 27);
});

test('docs/language.md lists every law with its effective date', () => {
  const doc = readFileSync(join(REPO_ROOT, 'docs/language.md'), 'utf8');
  for (const law of PAY_LAWS.filter((l) => l.scope !== 'country')) assert.match(doc, new RegExp(`\\| ${law.place} \\|[^\\n]*\\| ${law.effective} \\|`), law.place);
  assert.match(doc, /\| EU member states \|[^\n]*\| 2026-06-07 \|/);
});
