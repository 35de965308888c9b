import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../helpers/run-cli.ts';

// The example site built with the real CLI: twice with the same settings (to compare bytes), once with
// an origin and a path prefix. A fixed SOURCE_DATE_EPOCH keeps the set of open positions stable.
const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 23) / 1000) };
const work = mkdtempSync(join(tmpdir(), 'careers-plugin-'));
const [first, second, prefixed] = ['first', 'second', 'prefixed'].map((name) => join(work, name)) as [string, string, string];
after(() => rmSync(work, { recursive: true, force: true }));

before(async () => {
  const results = await Promise.all([
    runCli(['build', '--content', 'content', '--out', first], { env }),
    runCli(['build', '--content', 'content', '--out', second], { env }),
    runCli(['build', '--content', 'content', '--out', prefixed, '--settings', 'tests/fixtures/site/prefix/careers.config.yaml'], { env }),
  ]);
  for (const result of results) assert.equal(result.code, 0, result.stderr);
});

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

test('the build writes pages, department pages, redirects, feeds, sitemap, robots, search index and assets', () => {
  assert.deepEqual(files(first), [
    '404.html',
    '_redirects',
    'assets/favicon.svg',
    'assets/minisearch.js',
    'assets/search.js',
    'assets/site.css',
    'departments/engineering/index.html',
    'departments/marketing/index.html',
    'departments/people/index.html',
    'departments/product/index.html',
    'departments/sales/index.html',
    'engineering/backend-engineer/index.html',
    'engineering/platform/antenna-control-engineer/index.html',
    'engineering/platform/ground-station-software-engineer/index.html',
    'feed.json',
    'feed.xml',
    'index.html',
    'job-architecture/index.html',
    'job-families/engineering/mission-operations-management/index.html',
    'job-families/engineering/site-reliability-engineer/index.html',
    'jobs/people-ops-generalist/index.html',
    'jobs/technical-writer/index.html',
    'marketing/content-marketing-manager/index.html',
    'people/people-operations-specialist/index.html',
    'people/recruiter/index.html',
    'product/product-designer/index.html',
    'product/product-manager/index.html',
    'robots.txt',
    'roles.json',
    'sales/account-executive/index.html',
    'schema/front-matter.schema.json',
    'search-index.json',
    'sitemap.xml',
  ]);
});

test('two builds of the same content are byte for byte the same', () => {
  const differing = files(first).filter((file) => read(first, file) !== read(second, file));
  assert.deepEqual(differing, []);
});

test('the feeds hold the two open positions, dated by date_posted; the expired one is left out', () => {
  const feed = JSON.parse(read(first, 'feed.json')) as { items: { id: string; date_published: string }[] };
  assert.deepEqual(feed.items.map((i) => [i.id, i.date_published]), [
    ['https://careers.northwind-orbital.example/sales/account-executive/#opening-ae-americas-2026', '2026-11-10T00:00:00Z'],
    ['https://careers.northwind-orbital.example/product/product-manager/#opening-pm-pass-scheduling-2026', '2026-11-02T00:00:00Z'],
  ]);
  assert.match(read(first, 'feed.xml'), /<updated>2026-11-10T00:00:00Z<\/updated>/);
});

test('origin and path_prefix reach every discovery file and every link', () => {
  assert.equal(read(prefixed, 'robots.txt'), 'User-agent: *\nDisallow:\n\nSitemap: https://jobs.example.com/careers/sitemap.xml\n');
  assert.equal(read(prefixed, '_redirects'), '/careers/jobs/people-ops-generalist/ /careers/people/people-operations-specialist/ 301\n');
  assert.match(read(prefixed, 'sitemap.xml'), /^<\?xml version="1.0" encoding="utf-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n<url><loc>https:\/\/jobs.example.com\/careers\/<\/loc><\/url>\n<url><loc>https:\/\/jobs.example.com\/careers\/departments\/engineering\/<\/loc><\/url>\n/);
  const page = read(prefixed, 'sales/account-executive/index.html');
  assert.ok(page.includes('<link rel="canonical" href="https://jobs.example.com/careers/sales/account-executive/">'));
  assert.ok(page.includes('<link rel="stylesheet" href="/careers/assets/site.css">'));
  assert.ok(page.includes('"hiringOrganization":{"@type":"Organization","name":"Northwind Orbital","sameAs":"https://northwind.example"}'));
  assert.ok(read(prefixed, 'jobs/people-ops-generalist/index.html').includes('<meta http-equiv="refresh" content="0; url=/careers/people/people-operations-specialist/">'));
  assert.ok(read(prefixed, 'index.html').includes('data-index="/careers/search-index.json"'));
  assert.ok(read(prefixed, '404.html').includes('<a href="/careers/">See all roles</a>'));
});

test('pages stay small: no page of the example site is over 40 kB', () => {
  const large = files(first).filter((f) => f.endsWith('.html')).map((f) => [f, Buffer.byteLength(read(first, f))] as const).filter(([, size]) => size > 40_000);
  assert.deepEqual(large, []);
});
