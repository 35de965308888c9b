import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPasses, ROLE_PAGES_PER_PASS } from '../../src/build/build-passes.ts';
import type { Role } from '../../src/model/role.ts';

const roles = (count: number): Role[] => Array.from({ length: count }, (_, i) => ({ url: `/r${i}/` }) as Role);
const urls = (pass: { roles: readonly Role[] }): string[] => pass.roles.map((role) => role.url);

test('more role pages than one run holds are rendered in runs of that size, and the rest of the site in a last run', () => {
  const passes = buildPasses(roles(5), 2);
  assert.deepEqual(passes.map(urls), [['/r0/', '/r1/'], ['/r2/', '/r3/'], ['/r4/'], []]);
  assert.deepEqual(passes.map((pass) => pass.sitePages), [false, false, false, true]);
  assert.deepEqual(buildPasses(roles(4), 2).map(urls), [['/r0/', '/r1/'], ['/r2/', '/r3/'], []]);
});

test('up to one run of pages, or none to render (a rebuild that changed nothing), is one run with the rest of the site', () => {
  assert.deepEqual(buildPasses(roles(ROLE_PAGES_PER_PASS)).map((pass) => [pass.roles.length, pass.sitePages]), [[ROLE_PAGES_PER_PASS, true]]);
  assert.deepEqual(buildPasses([]), [{ roles: [], sitePages: true }]);
});
