import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atomFeed } from '../../../layouts/files/atom-feed.ts';
import { feedEntries, feedUpdated } from '../../../layouts/files/feed-entries.ts';
import { jsonFeed } from '../../../layouts/files/json-feed.ts';
import { redirectsFile } from '../../../layouts/files/redirects.ts';
import { robotsTxt } from '../../../layouts/files/robots.ts';
import { sitemapXml } from '../../../layouts/files/sitemap.ts';
import { makeSiteModel } from '../../../src/model/site-model.ts';
import { siteUrls } from '../../../src/model/site-urls.ts';
import { assertGolden } from '../golden.ts';
import { sampleSite } from '../sample-site.ts';

const site = sampleSite();
const urls = siteUrls(site.settings);

test('the Atom and JSON feeds of open positions match their golden files', () => {
  assertGolden('feeds/feed.xml', atomFeed(site, urls));
  assertGolden('feeds/feed.json', jsonFeed(site, urls));
});

test('feed entries are newest first and dated by the content, never the build', () => {
  const entries = feedEntries(site);
  assert.deepEqual(entries.map((e) => [e.path, e.published]), [
    ['/engineering/telemetry-engineer/#opening-tel-denver', '2026-11-10T00:00:00Z'],
    ['/engineering/telemetry-engineer/#opening-tel-2026', '2026-11-02T00:00:00Z'],
  ]);
  assert.equal(feedUpdated(entries), '2026-11-10T00:00:00Z');
  assert.equal(feedUpdated([]), '1970-01-01T00:00:00Z');
  assert.equal(atomFeed(site, urls), atomFeed(sampleSite(), urls), 'two builds of the same content give the same feed');
});

test('the sitemap lists the index, department pages, the job architecture and role pages on the origin with the prefix', () => {
  assert.equal(sitemapXml(site, urls), `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://jobs.example.com/careers/</loc></url>
<url><loc>https://jobs.example.com/careers/departments/engineering/</loc></url>
<url><loc>https://jobs.example.com/careers/departments/people/</loc></url>
<url><loc>https://jobs.example.com/careers/job-architecture/</loc></url>
<url><loc>https://jobs.example.com/careers/engineering/antenna-engineer/</loc></url>
<url><loc>https://jobs.example.com/careers/engineering/telemetry-engineer/</loc></url>
<url><loc>https://jobs.example.com/careers/people/recruiter/</loc></url>
</urlset>
`);
});

test('robots.txt points at the sitemap', () => {
  assert.equal(robotsTxt(urls), 'User-agent: *\nDisallow:\n\nSitemap: https://jobs.example.com/careers/sitemap.xml\n');
});

test('_redirects has one "/old/ /new/ 301" line per redirect_from, with the prefix, sorted', () => {
  const redirects = new Map([['/jobs/zeta/', '/people/recruiter/'], ['/jobs/alpha/', '/engineering/x/']]);
  assert.equal(redirectsFile(redirects, urls), '/careers/jobs/alpha/ /careers/engineering/x/ 301\n/careers/jobs/zeta/ /careers/people/recruiter/ 301\n');
  assert.equal(redirectsFile(new Map(), urls), '');
});

test('a site without openings still has valid, reproducible feeds', () => {
  const empty = makeSiteModel(site.settings, []);
  assert.ok(atomFeed(empty, urls).includes('<updated>1970-01-01T00:00:00Z</updated>'));
  assert.deepEqual((JSON.parse(jsonFeed(empty, urls)) as { items: unknown[] }).items, []);
});
