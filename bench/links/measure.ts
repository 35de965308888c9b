// Times the internal link check alone, in process: loads the content once, then runs the site-wide
// link check (Markdown links and layout links) three times and prints the fastest run in ms.
// Usage: node --import tsx bench/links/measure.ts CONTENT_DIR
import { checkSiteLinks } from '../../src/links/check-site-links.ts';
import { loadSite } from '../../src/build/load-site.ts';

const contentDir = process.argv[2];
if (!contentDir) throw new Error('usage: measure.ts CONTENT_DIR');
const loadStarted = performance.now();
const { model } = await loadSite({ contentDir, today: '2026-01-15' });
const loadMs = performance.now() - loadStarted;
const runs: number[] = [];
let found = 0;
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  found = checkSiteLinks(model).length;
  runs.push(performance.now() - started);
}
process.stdout.write(`${JSON.stringify({ roles: model.roles.length, loadMs: Math.round(loadMs), linkCheckMs: Math.round(Math.min(...runs)), found })}\n`);
