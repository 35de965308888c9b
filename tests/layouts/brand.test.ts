import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { basePage } from '../../layouts/base.ts';
import { indexPage } from '../../layouts/index.ts';
import { rolePageHtml } from '../../layouts/role.ts';
import { atomFeed } from '../../layouts/files/atom-feed.ts';
import { jsonFeed } from '../../layouts/files/json-feed.ts';
import { robotsTxt } from '../../layouts/files/robots.ts';
import { sitemapXml } from '../../layouts/files/sitemap.ts';
import { redirectPage } from '../../layouts/redirect.ts';
import { uiText } from '../../layouts/ui-strings.ts';
import { PAGE_BACKGROUNDS } from '../../src/model/brand-schema.ts';
import { UI_STRINGS } from '../../src/model/ui-strings.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { sampleContext, sampleSite } from './sample-site.ts';

const brand = { logo: 'brand/northwind.svg', color: '#8a1538', accent: '#0b5527', dark: { color: '#f4a3b9' }, favicon: 'brand/icon.png', stylesheet: 'brand/site.css' };

test('a brand puts its favicon, colours and stylesheet in the head, after ours, and its logo in the header', () => {
  const context = sampleContext(sampleSite({ brand }));
  const page = basePage(indexPage(context), context).value;
  assert.ok(page.includes('<link rel="stylesheet" href="/careers/assets/site.css">'));
  assert.ok(page.includes([
    '<link rel="icon" href="/careers/assets/brand/favicon.png">',
    '<style>:root{--accent:#8a1538;--accent-text:#ffffff;--brand-accent:#0b5527}@media (prefers-color-scheme: dark){:root{--accent:#f4a3b9;--accent-text:#0d1117;--brand-accent:#0b5527}}</style>',
    '<link rel="stylesheet" href="/careers/assets/brand/custom.css">',
  ].join('\n')));
  assert.ok(page.indexOf('assets/site.css') < page.indexOf('assets/brand/custom.css'), 'the site\'s stylesheet comes last, so its rules win');
  assert.ok(page.includes('<a class="site-name" href="/careers/"><img class="logo" src="/careers/assets/brand/logo.svg" alt="">Northwind &lt;Careers&gt;</a>'));
});

test('without a brand: our favicon, no style block, and the organization\'s logo URL if any', () => {
  const context = sampleContext(sampleSite({ organization: { name: 'Northwind Orbital', logo: 'https://cdn.example.com/n.png' } }));
  const page = basePage(indexPage(context), context).value;
  assert.ok(page.includes('<link rel="icon" href="/careers/assets/favicon.svg" type="image/svg+xml">\n<script'));
  assert.ok(!page.includes('<style>:root'), 'no brand colours');
  assert.ok(page.includes('<img class="logo" src="https://cdn.example.com/n.png" alt="">'));
  assert.ok(readFileSync(join(REPO_ROOT, 'layouts/assets/favicon.svg'), 'utf8').startsWith('<svg'));
});

test('the page backgrounds brand colours are checked against are the stylesheet\'s own', () => {
  const css = readFileSync(join(REPO_ROOT, 'layouts/assets/site.css'), 'utf8');
  const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
  assert.ok(light?.includes(`--bg: ${PAGE_BACKGROUNDS.light.page}`) && light.includes(`--surface: ${PAGE_BACKGROUNDS.light.card}`));
  assert.ok(dark?.includes(`--bg: ${PAGE_BACKGROUNDS.dark.page}`) && dark.includes(`--surface: ${PAGE_BACKGROUNDS.dark.card}`));
});

test('UI strings from the settings replace ours on every page; the rest stay', () => {
  const ui = { skip_to_content: 'Zum Inhalt springen', home: 'Start', open_positions: 'Offene Stellen', apply: 'Jetzt bewerben', on_this_page: 'Auf dieser Seite', more_roles_in: 'Weitere Stellen in {department}', career_ladder: 'Karrierestufen' };
  const context = sampleContext(sampleSite({ language: 'de', ui }));
  const role = context.site.roles.find((r) => r.url === '/engineering/telemetry-engineer/')!;
  const page = rolePageHtml(role, context);
  for (const expected of [
    '<a class="skip-link" href="#main">Zum Inhalt springen</a>',
    '<li><a href="/careers/">Start</a></li>',
    '<h2 id="toc-title">Auf dieser Seite</h2>',
    '<li><a href="#openings-title">Offene Stellen</a></li>',
    '<h2 id="openings-title">Offene Stellen</h2>',
    '<h2 id="levels-title">Karrierestufen</h2>',
    '<h2 id="related-title">Weitere Stellen in Engineering</h2>',
    '<a class="button" href="https://jobs.example.com/apply/tel-2026">Jetzt bewerben<span class="visually-hidden">',
    '<h2 id="hiring-title">Hiring steps</h2>',
  ]) assert.ok(page.includes(expected), expected);
  assert.ok(!page.includes('Apply now'));
});

test('a UI text names its department only where it has a placeholder', () => {
  const settings = sampleSite({ ui: { home: 'Home {department}' } }).settings;
  assert.equal(uiText(settings, 'more_roles_in', { department: 'Sales' }), 'More roles in Sales');
  assert.equal(uiText(settings, 'home'), 'Home {department}');
  assert.equal(Object.keys(UI_STRINGS).length, 16);
});

test('without an origin nothing absolute is written: no canonical link, relative feeds, an empty sitemap, no Sitemap line', () => {
  const context = sampleContext(sampleSite({ origin: undefined }));
  const all = [basePage(indexPage(context), context).value, atomFeed(context.site, context.urls), jsonFeed(context.site, context.urls), robotsTxt(context.urls), sitemapXml(context.site, context.urls)].join('\n');
  assert.ok(!/localhost|https?:\/\/(?!jobs\.example\.com\/apply|schema\.org|www\.w3\.org|www\.sitemaps\.org|jsonfeed\.org|northwind\.example|git\.example\.com)/.test(all), 'no absolute URL of the site itself');
  const index = basePage(indexPage(context), context).value;
  assert.ok(!index.includes('rel="canonical"') && !index.includes('og:url'));
  assert.equal(robotsTxt(context.urls), 'User-agent: *\nDisallow:\n');
  assert.equal(sitemapXml(context.site, context.urls), '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n');
  const feed = atomFeed(context.site, context.urls);
  assert.ok(feed.includes('<link rel="self" type="application/atom+xml" href="/careers/feed.xml"/>'));
  // Atom ids must be absolute IRIs: without an origin they are name-based UUIDs, one per feed and entry.
  const ids = [...feed.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1] ?? '');
  assert.ok(ids.length > 1 && ids.every((id) => /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)), ids.join(' '));
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(JSON.parse(jsonFeed(context.site, context.urls)).feed_url, '/careers/feed.json');
  const redirect = context.lookups.redirects[0]!;
  assert.ok(redirectPage(redirect, context.site.settings, context.urls).value.includes('<link rel="canonical" href="/careers/engineering/telemetry-engineer/">'));
});

test('with an origin the absolute URLs are made on it', () => {
  const context = sampleContext();
  assert.equal(robotsTxt(context.urls), 'User-agent: *\nDisallow:\n\nSitemap: https://jobs.example.com/careers/sitemap.xml\n');
  assert.ok(basePage(indexPage(context), context).value.includes('<link rel="canonical" href="https://jobs.example.com/careers/">'));
});
