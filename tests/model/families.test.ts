import assert from 'node:assert/strict';
import { test } from 'node:test';
import { familiesByUrl, findFamilies, levelGrade } from '../../src/model/families.ts';
import type { Level, Role } from '../../src/model/role.ts';
import { urlFromContentPath } from '../../src/model/page-url.ts';
import { sampleRole } from '../layouts/sample-site.ts';

/** A role read from `path` in the content folder, with the grades its own page gives and, optionally, a weight. */
function page(path: string, title: string, grades: readonly (number | null)[] = [], weight?: number): Role {
  const levels: Level[] = grades.map((grade, i) => ({ title: `${title} ${i}`, grade, id: '' }));
  return sampleRole({ source: `content/${path}`, sourceInContent: path, url: urlFromContentPath(path), title, levels, weight: weight ?? null });
}

test("an _index.md is published at its folder's URL, like index.md", () => {
  assert.deepEqual(
    ['job-families/sales/closer/_index.md', 'job-families/sales/closer/_index.html.md', 'job-families/sales/closer/index.md', '_index.md', 'index.md'].map(urlFromContentPath),
    ['/job-families/sales/closer/', '/job-families/sales/closer/', '/job-families/sales/closer/', '/', '/'],
  );
});

test('levels beside an _index.md form its family, ordered by weight, then grade, then title; unweighted and ungraded last', () => {
  const family = page('ops/dispatcher/_index.md', 'Dispatcher', [6]);
  const roles = [
    page('ops/dispatcher/zeta.md', 'Zeta Dispatcher', [9]),
    page('ops/dispatcher/lead.md', 'Lead Dispatcher', [5], 30),
    page('ops/dispatcher/associate.md', 'Associate Dispatcher', [8], 10),
    page('ops/dispatcher/beta.md', 'Beta Dispatcher', [null]),
    page('ops/dispatcher/alpha.md', 'Alpha Dispatcher', [9]),
    page('ops/dispatcher/senior/index.md', 'Senior Dispatcher', [null, 7], 20),
    family,
    page('ops/dispatcher/nested/deeper.md', 'Not a level'),
    page('ops/other.md', 'Not a level either'),
  ];
  const families = findFamilies(roles);
  assert.equal(families.length, 1);
  assert.equal(families[0]?.page, family);
  assert.deepEqual(families[0]?.levels.map((l) => [l.role.url, l.grade]), [
    ['/ops/dispatcher/associate/', 8],
    ['/ops/dispatcher/senior/', 7],
    ['/ops/dispatcher/lead/', 5],
    ['/ops/dispatcher/alpha/', 9],
    ['/ops/dispatcher/zeta/', 9],
    ['/ops/dispatcher/beta/', null],
  ]);
  const byUrl = familiesByUrl(families);
  assert.deepEqual([...byUrl.keys()].sort(), ['/ops/dispatcher/', '/ops/dispatcher/alpha/', '/ops/dispatcher/associate/', '/ops/dispatcher/beta/', '/ops/dispatcher/lead/', '/ops/dispatcher/senior/', '/ops/dispatcher/zeta/']);
  assert.equal(byUrl.get('/ops/other/'), undefined);
});

test('an _index.md with no pages beside it, and a site without _index.md, have no families', () => {
  assert.deepEqual(findFamilies([page('ops/dispatcher/_index.md', 'Dispatcher'), page('ops/dispatcher/sub/_index.md', 'Sub-family'), page('ops/pilot.md', 'Pilot', [5, 6])]), []);
  assert.deepEqual(findFamilies([page('ops/pilot.md', 'Pilot', [5, 6]), page('ops/pilot/index.md', 'Pilot too')]), []);
});

test('a section _index.md (a title and no body) and a department folder\'s _index.md are not families', () => {
  const section = sampleRole({ ...page('job-families/ops/ground/_index.md', 'Ground Roles'), html: '', text: '' });
  assert.deepEqual(findFamilies([section, page('job-families/ops/ground/antenna-technician.md', 'Antenna Technician', [5, 6])]), []);
  assert.deepEqual(findFamilies([page('job-families/ops/_index.md', 'Operations'), page('job-families/ops/pilot.md', 'Pilot', [5, 6])]), []);
  assert.deepEqual(findFamilies([page('ops/_index.md', 'Operations'), page('ops/pilot.md', 'Pilot', [5, 6])]), []);
  assert.equal(findFamilies([page('job-families/ops/pilots/_index.md', 'Pilots'), page('job-families/ops/pilots/senior.md', 'Senior Pilot', [7])]).length, 1);
});

test("a level's grade is the first grade its own page gives", () => {
  assert.equal(levelGrade(page('a.md', 'A', [null, 7, 8])), 7);
  assert.equal(levelGrade(page('a.md', 'A', [null])), null);
  assert.equal(levelGrade(page('a.md', 'A')), null);
});
