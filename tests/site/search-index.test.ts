import assert from 'node:assert/strict';
import { test } from 'node:test';
import MiniSearch from 'minisearch';
import { SEARCH_FIELDS, searchDocuments, searchIndexFor, searchIndexJson, type SearchIndexFile } from '../../src/site/search-index.ts';
import { sampleSite } from '../layouts/sample-site.ts';

const file = JSON.parse(searchIndexJson(searchDocuments(sampleSite()))) as SearchIndexFile;
// Loaded the way layouts/assets/search.js loads it in the browser.
const search = MiniSearch.loadJS(file.index as Parameters<typeof MiniSearch.loadJS>[0], { fields: [...file.fields] });

test('the index names its fields and finds roles by title, level, department and body, by role URL', () => {
  assert.deepEqual(file.fields, SEARCH_FIELDS);
  assert.deepEqual(search.search('recruiter').map((r) => r.id), ['/people/recruiter/']);
  assert.deepEqual(search.search('associate').map((r) => r.id), ['/engineering/antenna-engineer/']);
  assert.deepEqual(search.search('culture').map((r) => r.id), ['/people/recruiter/']);
  assert.deepEqual(search.search('customers').map((r) => r.id), ['/engineering/telemetry-engineer/']);
});

test('the index stores no documents: the cards on the page show the results', () => {
  assert.deepEqual((file.index as { storedFields: Record<string, unknown> }).storedFields, {});
  assert.equal(searchIndexJson(searchDocuments(sampleSite())), searchIndexJson(searchDocuments(sampleSite())), 'the same content gives the same file');
});

test('built on a worker thread, the index is the same file, and it is built once per site', async () => {
  const site = sampleSite();
  const inWorker = searchIndexFor(site, 0);
  assert.equal(searchIndexFor(site, 0), inWorker, 'started once');
  assert.equal(await inWorker, searchIndexJson(searchDocuments(site)));
});

test('a site the checks will reject (two roles at one URL) gives a rejected index, not an exception', async () => {
  const site = sampleSite();
  const twice = { ...site, roles: [...site.roles, site.roles[0] as (typeof site.roles)[number]] };
  await assert.rejects(searchIndexFor(twice), /duplicate ID/);
  await assert.rejects(searchIndexFor({ ...twice }, 0), /duplicate ID/);
});
