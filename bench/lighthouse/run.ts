/**
 * Lighthouse on the index page of generated sites: mobile emulation and throttling (Lighthouse's
 * defaults), Debian's Chromium, the site served gzipped on 127.0.0.1. Prints the performance score, CLS,
 * bytes and DOM size per site size, as medians over the runs.
 *
 *   npm run bench:lighthouse -- [--sizes 12,1000] [--runs 3] [--chrome /usr/bin/chromium]
 *   npm run bench:lighthouse -- --site _site [--runs 3]      (an already built site instead)
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { generateContent } from '../generate-content.ts';
import { makeScratchDir } from '../lib/scratch-dir.ts';
import { serveSite } from './serve-site.ts';

const REPO_ROOT = join(import.meta.dirname, '../..');
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

interface Sample {
  readonly performance: number;
  readonly cls: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly kilobytes: number;
  readonly domNodes: number;
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '12,1000' }, runs: { type: 'string', default: '3' }, chrome: { type: 'string', default: '/usr/bin/chromium' }, site: { type: 'string' } } });
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

const rows: string[] = [];
for (const size of values.site ? ['built'] : sizes) {
  const site = values.site ?? buildSite(Number(size));
  const server = await serveSite(site);
  const samples: Sample[] = [];
  try {
    for (let run = 0; run < runs; run++) samples.push(await measure(`${server.origin}/`, values.chrome));
  } finally {
    await server.close();
  }
  const median = (pick: (s: Sample) => number): number => {
    const sorted = samples.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  rows.push(`| ${size} | ${median((s) => s.performance)} | ${median((s) => s.cls).toFixed(3)} | ${Math.round(median((s) => s.lcpMs))} | ${Math.round(median((s) => s.tbtMs))} | ${Math.round(median((s) => s.kilobytes))} | ${median((s) => s.domNodes)} | ${samples.map((s) => s.performance).join(', ')} |`);
}

console.log('| roles | performance | CLS | LCP ms | TBT ms | KB transferred | DOM nodes | every run |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);

/** Generates `size` roles and builds them as `npm run build` does; the generated pages' warnings do not matter here. */
function buildSite(size: number): string {
  const dir = makeScratchDir(`careers-lighthouse-${size}-`);
  generateContent(join(dir, 'content'), size);
  try {
    execFileSync(process.execPath, ['bin/careers.js', 'build', '--content', join(dir, 'content'), '--out', join(dir, 'site'), '--no-cache', '--links', 'off'], { cwd: REPO_ROOT, stdio: 'pipe', maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    process.stderr.write((error as { stderr?: Buffer }).stderr ?? String(error));
    process.exit(1);
  }
  return join(dir, 'site');
}

async function measure(url: string, chromePath: string): Promise<Sample> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    const audit = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
      cls: audit('cumulative-layout-shift'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      kilobytes: audit('total-byte-weight') / 1024,
      domNodes: audit('dom-size'),
    };
  } finally {
    chrome.kill();
  }
}
