import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPasses, ROLE_PAGES_PER_PASS } from '../../src/eleventy/build-passes.ts';

test('role pages are split into runs of at most the given size; only the first writes the rest of the site', () => {
  assert.deepEqual(buildPasses(5, 2), [
    { from: 0, to: 2, sitePages: true },
    { from: 2, to: 4, sitePages: false },
    { from: 4, to: 5, sitePages: false },
  ]);
  assert.deepEqual(buildPasses(4, 2).map((pass) => [pass.from, pass.to]), [[0, 2], [2, 4]]);
});

test('a site up to one run in size, or without roles, is written in one run', () => {
  assert.deepEqual(buildPasses(ROLE_PAGES_PER_PASS), [{ from: 0, to: ROLE_PAGES_PER_PASS, sitePages: true }]);
  assert.deepEqual(buildPasses(0), [{ from: 0, to: 0, sitePages: true }]);
});
