import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadSite, SiteLoader } from '../../src/build/load-site.ts';
import { startFakeBoard, type FakeBoard } from './ats-server.ts';

let board: FakeBoard;
let dir: string;

before(async () => {
  board = await startFakeBoard();
  dir = mkdtempSync(join(tmpdir(), 'careers-ats-site-'));
  mkdirSync(join(dir, 'content/engineering'), { recursive: true });
  mkdirSync(join(dir, 'content/data'), { recursive: true });
  writeFileSync(join(dir, 'content/engineering/backend-engineer.md'), '---\ntitle: Backend Engineer\nlevels:\n  - title: Backend Engineer\n    grade: 5\n  - title: Senior Backend Engineer\n    grade: 6\n---\n\nServices for the ground network.\n\n## Responsibilities\n\n- Keep them up.\n\n## Requirements\n\n- Care.\n');
  writeFileSync(join(dir, 'content/data/data-analyst.md'), '---\ntitle: Data Analyst\nats_titles: ["Insights Analyst (Contract)"]\n---\n\nCharts for everyone.\n\n## Responsibilities\n\n- Draw.\n\n## Requirements\n\n- Count.\n');
  writeFileSync(join(dir, 'careers.config.yaml'), `name: Acme Careers\norigin: https://careers.example.com\nats:\n  provider: lever\n  board: acme\n  api_url: ${board.url}\n`);
});
after(async () => {
  await board.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadSite with an ATS', () => {
  it('attaches ATS openings to their roles, keeps the unmatched for the index and reports them, in one request', async () => {
    board.requests.length = 0;
    const site = await loadSite({ contentDir: join(dir, 'content'), settingsFile: join(dir, 'careers.config.yaml'), today: '2026-12-01', cacheDir: join(dir, 'cache') });
    assert.deepEqual(board.requests, ['/v0/postings/acme?mode=json']);
    const openings = Object.fromEntries(site.model.roles.map((role) => [role.title, role.openings.map((o) => o.title)]));
    assert.deepEqual(openings, { 'Backend Engineer': ['Senior Backend Engineer'], 'Data Analyst': ['Insights Analyst (Contract)'] });
    assert.deepEqual(site.model.unmatchedOpenings.map((g) => [g.department, g.openings.map((o) => o.title)]), [['Workplace', ['Office Coordinator']]]);
    const ats = site.diagnostics.filter((d) => d.rule.startsWith('ats/'));
    assert.deepEqual(ats.map((d) => [d.file, d.line, d.rule]), [[join(dir, 'careers.config.yaml'), 3, 'ats/unmatched-job']]);
  });

  it('asks the board once per loader, however often a preview reloads', async () => {
    board.requests.length = 0;
    const loader = new SiteLoader();
    const options = { contentDir: join(dir, 'content'), settingsFile: join(dir, 'careers.config.yaml'), today: '2026-12-01', cacheDir: undefined };
    await loader.load(options);
    await loader.load(options);
    assert.equal(board.requests.length, 1);
  });
});
