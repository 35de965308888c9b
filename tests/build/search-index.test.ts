import assert from 'node:assert/strict';
import { test } from 'node:test';
import MiniSearch from 'minisearch';
import { SEARCH_FIELDS, SearchIndexer, SearchIndexWorker, searchDocuments, searchIndexJson, type SearchDocument, type SearchIndexFile } from '../../src/build/search-index.ts';
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
  const indexes = new SearchIndexWorker({ minRoles: 0 });
  const inWorker = indexes.indexFor(site);
  assert.equal(indexes.indexFor(site), inWorker, 'started once');
  assert.equal(await inWorker, searchIndexJson(searchDocuments(site)));
});

test('a site the checks will reject (two roles at one URL) gives a rejected index, not an exception', async () => {
  const site = sampleSite();
  const twice = { ...site, roles: [...site.roles, site.roles[0] as (typeof site.roles)[number]] };
  await assert.rejects(new SearchIndexWorker().indexFor(twice), /duplicate ID/);
  await assert.rejects(new SearchIndexWorker({ minRoles: 0 }).indexFor({ ...twice }), /duplicate ID/);
});

test('an incremental update finds what a fresh index finds after roles are edited, added and removed', () => {
  const documents = searchDocuments(sampleSite());
  const [first, second, ...rest] = documents as [SearchDocument, SearchDocument, ...SearchDocument[]];
  const indexer = new SearchIndexer();
  indexer.indexJson(documents, true);
  const edited = [{ ...first, text: `${first.text} zeppelin` }, ...rest, { ...second, id: '/new/role/', title: 'Quartermaster' }];
  const incremental = JSON.parse(indexer.indexJson(edited, true)) as SearchIndexFile;
  const fresh = JSON.parse(searchIndexJson(edited)) as SearchIndexFile;
  const load = (file: SearchIndexFile): MiniSearch => MiniSearch.loadJS(file.index as Parameters<typeof MiniSearch.loadJS>[0], { fields: [...file.fields] });
  const ids = (file: SearchIndexFile, query: string): string[] => load(file).search(query).map((r) => r.id as string).sort();
  for (const query of ['zeppelin', 'quartermaster', second.title, first.title, 'engineer', 'culture']) {
    assert.deepEqual(ids(incremental, query), ids(fresh, query), query);
  }
  assert.deepEqual(ids(incremental, 'zeppelin'), [first.id]);
  assert.deepEqual(ids(incremental, second.title).includes(second.id), false, 'a removed role is not found');
  assert.notEqual(JSON.stringify(incremental), JSON.stringify(fresh), 'the files differ in bookkeeping, which is why a build indexes afresh');
});
