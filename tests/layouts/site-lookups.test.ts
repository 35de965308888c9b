import assert from 'node:assert/strict';
import { test } from 'node:test';
import { levelKinds } from '../../layouts/level-facets.ts';
import { sampleContext } from './sample-site.ts';

test('lookups are built once per site: departments, facets, filter options, openings and redirects', () => {
  const { lookups } = sampleContext();
  assert.deepEqual([...lookups.departmentById.keys()], ['engineering', 'people']);
  assert.deepEqual(lookups.facetsByUrl.get('/engineering/telemetry-engineer/'), [{ k: [], g: 6 }, { k: ['senior'], g: 7 }, { k: ['staff'], g: null }]);
  assert.deepEqual(lookups.levelKinds, [{ id: 'associate', label: 'Associate' }, { id: 'senior', label: 'Senior' }, { id: 'staff', label: 'Staff' }]);
  assert.deepEqual(lookups.grades, [5, 6, 7]);
  assert.equal(lookups.openingCount, 2);
  assert.deepEqual(lookups.redirects.map((r) => [r.from, r.to.url]), [['/jobs/telemetry/', '/engineering/telemetry-engineer/']]);
});

test('seniority words of level titles', () => {
  assert.deepEqual(levelKinds('Senior Manager, Mission Operations'), ['senior', 'manager']);
  assert.deepEqual(levelKinds('Antenna Control Engineering Intern'), ['intern']);
  assert.deepEqual(levelKinds('Account Executive'), []);
  assert.deepEqual(levelKinds('VP of Sales'), ['executive']);
  assert.deepEqual(levelKinds('Head of Product'), ['executive']);
});
