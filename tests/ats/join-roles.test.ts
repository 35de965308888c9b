import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { joinOpenings } from '../../src/ats/join-roles.ts';
import { ashby } from '../../src/ats/providers/ashby.ts';
import { greenhouse } from '../../src/ats/providers/greenhouse.ts';
import { lever } from '../../src/ats/providers/lever.ts';
import type { AtsClient } from '../../src/ats/ats-client.ts';
import type { Opening } from '../../src/model/role.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { sampleOpening, sampleRole } from '../layouts/sample-site.ts';

const backend = sampleRole({
  url: '/engineering/backend-engineer/',
  title: 'Backend Engineer',
  levels: [{ title: 'Backend Engineer', grade: 5, id: 'backend-engineer' }, { title: 'Senior Backend Engineer', grade: 6, id: 'senior-backend-engineer' }],
  openings: [sampleOpening({ id: 'from-front-matter' })],
});
const analyst = sampleRole({ url: '/data/data-analyst/', title: 'Data Analyst', department: { id: 'data', name: 'Data' }, atsTitles: ['insights analyst, contract'] });
const designer = sampleRole({ url: '/product/designer/', title: 'Product Designer' });

function boardOpenings(client: AtsClient, fixture: string): Opening[] {
  const parsed = client.parse(JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/ats', fixture), 'utf8')));
  assert.ok(parsed.ok);
  return parsed.openings;
}

describe('joinOpenings', () => {
  for (const [client, fixture] of [[greenhouse, 'greenhouse.json'], [lever, 'lever.json'], [ashby, 'ashby.json']] as const) {
    it(`attaches ${client.name} jobs by level title and by ats_titles, and lists the rest as unmatched`, () => {
      const openings = boardOpenings(client, fixture);
      const joined = joinOpenings([designer, backend, analyst], openings, 'careers.config.yaml', { line: 4, column: 1 });
      assert.equal(joined.roles[0], designer, 'a role without ATS jobs is the same object');
      assert.deepEqual(joined.roles[1]?.openings.map((o) => o.id), ['from-front-matter', openings[0]?.id]);
      assert.deepEqual(joined.roles[2]?.openings.map((o) => o.id), [openings[1]?.id]);
      assert.deepEqual(joined.unmatched, [openings[2]]);
      assert.deepEqual(joined.diagnostics, [{
        file: 'careers.config.yaml',
        line: 4,
        column: 1,
        severity: 'warning',
        rule: 'ats/unmatched-job',
        message: `The ATS job "Office Coordinator" (id ${openings[2]?.ats?.jobId}, Workplace) matches no role page; the index lists it under "Workplace" with its ATS link.`,
        hint: 'Add a page for its job family, or add `ats_titles: ["Office Coordinator"]` to the role it belongs to.',
      }]);
    });
  }

  it('attaches a job to the role that lists its ATS id, before any role titled like it', () => {
    const openings = boardOpenings(greenhouse, 'greenhouse.json');
    const claimer = sampleRole({ url: '/workplace/office-manager/', title: 'Office Manager', atsTitles: ['4012001'] });
    const joined = joinOpenings([backend, claimer], openings, 'careers.config.yaml', { line: 1, column: 1 });
    assert.deepEqual(joined.roles[0]?.openings.map((o) => o.id), ['from-front-matter']);
    assert.deepEqual(joined.roles[1]?.openings.map((o) => o.id), ['greenhouse-4012001']);
  });

  it('gives a title two roles share to the first by URL, whatever order the roles come in', () => {
    const [first] = boardOpenings(lever, 'lever.json');
    assert.ok(first);
    const twin = sampleRole({ url: '/aaa/backend-engineer/', title: 'Senior Backend Engineer' });
    const joined = joinOpenings([backend, twin], [first], 'careers.config.yaml', { line: 1, column: 1 });
    assert.deepEqual(joined.roles.map((r) => r.openings.length), [1, 1]);
    assert.equal(joined.roles[1]?.openings[0]?.id, first.id);
  });
});
