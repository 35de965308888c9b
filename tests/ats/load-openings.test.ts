import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { loadAtsOpenings, type LoadOpeningsOptions } from '../../src/ats/load-openings.ts';
import { SettingsSchema, type Settings } from '../../src/model/settings-schema.ts';
import { startFakeBoard, type FakeBoard } from './ats-server.ts';

const SETTINGS_TEXT = 'name: Acme Careers\nats:\n  provider: greenhouse\n  board: acme\n';
const FETCHED_AT = Date.UTC(2026, 11, 1, 9, 0);

let board: FakeBoard;
let cacheDir: string;
before(async () => { board = await startFakeBoard(); });
after(async () => { await board.close(); });
beforeEach(() => {
  board.mode = 'ok';
  board.requests.length = 0;
  cacheDir = mkdtempSync(join(tmpdir(), 'careers-ats-'));
});

function settings(provider: 'greenhouse' | 'lever' | 'ashby'): Settings {
  return SettingsSchema.parse({ ats: { provider, board: 'acme', api_url: board.url } });
}

function options(overrides: Partial<LoadOpeningsOptions> = {}): LoadOpeningsOptions {
  return { settingsFile: 'careers.config.yaml', settingsText: SETTINGS_TEXT, cacheDir, now: FETCHED_AT, request: { timeoutMs: 300, retries: 1 }, ...overrides };
}

describe('loadAtsOpenings', () => {
  it('reads a Greenhouse board in one request: decoded, sanitised content, pay ranges, department and the board page', async () => {
    const loaded = await loadAtsOpenings(settings('greenhouse'), options());
    assert.deepEqual(board.requests, ['/v1/boards/acme/jobs?content=true']);
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(loaded.at, { line: 2, column: 1 });
    assert.deepEqual(loaded.openings[0], {
      id: 'greenhouse-4012001',
      title: 'Sr. Backend Engineer',
      locations: ['Lisbon, Portugal'],
      remote: false,
      applicant_countries: [],
      employment_type: 'FULL_TIME',
      salary: { min: 65000, max: 85000, currency: 'EUR', period: 'YEAR' },
      apply_url: 'https://job-boards.greenhouse.io/acme/jobs/4012001',
      // 21:00 at UTC-5 is the next day in UTC.
      date_posted: '2026-11-19',
      ats: {
        provider: 'greenhouse',
        jobId: '4012001',
        department: 'Engineering',
        directApply: true,
        descriptionHtml: '<h4>About the team</h4><p>We keep the ground stations talking.</p><p>Pings &#x26; packets.</p>',
      },
    });
    const analyst = loaded.openings[1];
    assert.equal(analyst?.remote, true);
    assert.equal(analyst?.employment_type, 'CONTRACTOR');
    assert.equal(analyst?.date_posted, '2026-11-21');
    // The company's own careers page, not Greenhouse's form: candidates are sent on from there.
    assert.equal(analyst?.ats?.directApply, false);
    assert.equal(analyst?.salary, undefined);
    assert.deepEqual(loaded.openings.map((o) => o.title), ['Sr. Backend Engineer', 'Insights Analyst (Contract)', 'Office Coordinator']);
  });

  it('reads a Lever board: the application form, commitment, workplace type, salary range and lists', async () => {
    const loaded = await loadAtsOpenings(settings('lever'), options());
    assert.deepEqual(board.requests, ['/v0/postings/acme?mode=json']);
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(loaded.openings[0], {
      id: 'lever-5e1d2c3b-0000-4000-8000-000000000001',
      title: 'Senior Backend Engineer',
      locations: ['Berlin', 'Hamburg'],
      remote: false,
      applicant_countries: [],
      employment_type: 'FULL_TIME',
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'YEAR' },
      apply_url: 'https://jobs.lever.co/acme/5e1d2c3b-0000-4000-8000-000000000001/apply',
      date_posted: '2026-11-18',
      ats: {
        provider: 'lever',
        jobId: '5e1d2c3b-0000-4000-8000-000000000001',
        department: 'Engineering',
        directApply: true,
        descriptionHtml: '<div>Our antennas need a steady hand.</div>\n<h4>What you will do</h4><ul><li>Run the ground network.</li><li>Page less &#x26; sleep more.</li></ul>\n<div>We answer every application.</div>',
      },
    });
    assert.deepEqual(loaded.openings.slice(1).map((o) => [o.remote, o.applicant_countries, o.employment_type, o.ats?.department, o.ats?.directApply, o.apply_url]), [
      [true, ['PT'], 'CONTRACTOR', 'Data', true, 'https://jobs.lever.co/acme/5e1d2c3b-0000-4000-8000-000000000002/apply'],
      [false, [], 'PART_TIME', 'Workplace', false, 'https://jobs.lever.co/acme/5e1d2c3b-0000-4000-8000-000000000003'],
    ]);
  });

  it('reads an Ashby board: compensation, secondary locations, and unlisted jobs left out', async () => {
    const loaded = await loadAtsOpenings(settings('ashby'), options());
    assert.deepEqual(board.requests, ['/posting-api/job-board/acme?includeCompensation=true']);
    assert.deepEqual(loaded.diagnostics, []);
    assert.deepEqual(loaded.openings[0], {
      id: 'ashby-9f0a0000-0000-4000-8000-00000000000a',
      title: 'Senior Backend Engineer',
      locations: ['Lisbon', 'Porto'],
      remote: false,
      applicant_countries: [],
      employment_type: 'FULL_TIME',
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'YEAR' },
      apply_url: 'https://jobs.ashbyhq.com/acme/9f0a0000-0000-4000-8000-00000000000a/application',
      date_posted: '2026-11-18',
      ats: {
        provider: 'ashby',
        jobId: '9f0a0000-0000-4000-8000-00000000000a',
        department: 'Engineering',
        directApply: true,
        descriptionHtml: '<h4>Ground software</h4><p>Keep the dishes pointed.</p>',
      },
    });
    assert.deepEqual(loaded.openings.map((o) => [o.title, o.employment_type, o.remote]), [
      ['Senior Backend Engineer', 'FULL_TIME', false],
      ['Insights Analyst (Contract)', 'CONTRACTOR', true],
      ['Office Coordinator', 'PART_TIME', false],
    ]);
  });

  it('uses the last good answer, saying how old it is, when the board has stopped answering', async () => {
    const fresh = await loadAtsOpenings(settings('lever'), options());
    const stopped = await startFakeBoard();
    const url = stopped.url;
    await stopped.close();
    const later = await loadAtsOpenings(SettingsSchema.parse({ ats: { provider: 'lever', board: 'acme', api_url: url } }), options({ now: FETCHED_AT + 3 * 3_600_000 + 59_000 }));
    assert.deepEqual(later.openings, fresh.openings);
    assert.equal(later.diagnostics.length, 1);
    const [warning] = later.diagnostics;
    assert.equal(warning?.rule, 'ats/unavailable');
    assert.equal(warning?.severity, 'warning');
    assert.deepEqual([warning?.file, warning?.line, warning?.column], ['careers.config.yaml', 2, 1]);
    assert.equal(warning?.message, 'The Lever board "acme" could not be reached (ECONNREFUSED); the build uses its last good answer, from 3 hours ago (2026-12-01 09:00 UTC).');
  });

  it('gives up on a board that hangs after a timeout and one retry, and builds without its openings', async () => {
    board.mode = 'hang';
    const loaded = await loadAtsOpenings(settings('ashby'), options({ request: { timeoutMs: 200, retries: 1 } }));
    assert.equal(board.requests.length, 2);
    assert.deepEqual(loaded.openings, []);
    assert.deepEqual(loaded.diagnostics.map((d) => [d.rule, d.message]), [
      ['ats/unavailable', 'The Ashby board "acme" did not answer within 200 ms, and no earlier answer is cached; the site is built without its openings.'],
    ]);
  });

  it('retries a server error once, then falls back to the cache', async () => {
    await loadAtsOpenings(settings('greenhouse'), options());
    board.mode = 'error';
    board.requests.length = 0;
    const loaded = await loadAtsOpenings(settings('greenhouse'), options({ now: FETCHED_AT + 2 * 86_400_000 }));
    assert.equal(board.requests.length, 2);
    assert.equal(loaded.openings.length, 3);
    assert.deepEqual(loaded.diagnostics.map((d) => d.message), [
      'The Greenhouse board "acme" answered 503 Service Unavailable; the build uses its last good answer, from 2 days ago (2026-12-01 09:00 UTC).',
    ]);
  });

  for (const provider of ['greenhouse', 'lever', 'ashby'] as const) {
    it(`reports a malformed ${provider} answer as a warning and keeps the last good answer`, async () => {
      await loadAtsOpenings(settings(provider), options());
      board.mode = 'malformed';
      const loaded = await loadAtsOpenings(settings(provider), options({ now: FETCHED_AT + 60_000 }));
      assert.equal(loaded.openings.length, 3);
      assert.equal(loaded.diagnostics.length, 1);
      assert.equal(loaded.diagnostics[0]?.rule, 'ats/malformed');
      assert.match(loaded.diagnostics[0]?.message ?? '', /answered in a form its API does not document \(.+\); the build uses its last good answer, from 1 minute ago/);
    });
  }

  it('reports an answer that is not JSON, and without a cache builds without ATS openings', async () => {
    board.mode = 'not-json';
    const loaded = await loadAtsOpenings(settings('greenhouse'), options({ cacheDir: undefined }));
    assert.equal(board.requests.length, 1);
    assert.deepEqual(loaded.openings, []);
    assert.deepEqual(loaded.diagnostics.map((d) => [d.rule, d.message]), [
      ['ats/malformed', 'The Greenhouse board "acme" answered with something that is not JSON, and no earlier answer is cached; the site is built without its openings.'],
    ]);
  });

  it('asks nothing when the settings name no ATS', async () => {
    const loaded = await loadAtsOpenings(SettingsSchema.parse({}), options());
    assert.deepEqual(board.requests, []);
    assert.deepEqual(loaded.openings, []);
    assert.deepEqual(loaded.diagnostics, []);
  });
});

after(() => rmSync(cacheDir, { recursive: true, force: true }));
