import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { jsonLdProblems, jsonLdValues } from '../layouts/structured-data/json-ld-rules.ts';
import { axeViolations, browserSkipReason, startSite, type BuiltSite } from './harness.ts';
import { pageIds, pageLinks, readJsonLd, valuesNotShown, visibleCardTitles } from './page-checks.ts';

// One build and one browser for the whole suite: each test file is its own process, so this is the only file.
const skip = browserSkipReason();
/** Screenshots of the index and two role pages go here (set SCREENSHOTS=/tmp/shots to keep them and look at them). */
const SHOTS = process.env['SCREENSHOTS'];

describe('the example site in Chromium', { skip }, () => {
  let site: BuiltSite;
  let context: BrowserContext;
  let page: Page;
  let rolePaths: string[];
  const scriptErrors: string[] = [];
  const url = (path: string): string => `${site.server.origin}${path}`;

  before(async () => {
    site = await startSite();
    rolePaths = (JSON.parse(readFileSync(join(site.dir, 'roles.json'), 'utf8')) as { url: string }[]).map((r) => r.url);
    context = await site.browser.newContext();
    context.on('page', (opened) => opened.on('pageerror', (error) => scriptErrors.push(`${opened.url()}: ${error.message}`)));
    page = await context.newPage();
  });
  after(async () => {
    await site?.close();
  });

  test('search finds roles by words in their bodies and writes the query into the URL', async () => {
    await page.goto(url('/'));
    await page.getByLabel('Search titles and descriptions').fill('telemetry');
    await page.waitForFunction(() => document.getElementById('filter-status')?.textContent === '2 of 12 roles match.');
    assert.deepEqual(await page.evaluate(visibleCardTitles), ['Backend Engineer', 'Technical Writer']);
    assert.equal(new URL(page.url()).search, '?q=telemetry');
  });

  test('department, level and grade filters combine, and the URL reproduces the view', async () => {
    await page.goto(url('/'));
    await page.getByLabel('Department', { exact: true }).selectOption('engineering');
    await page.getByLabel('Level').selectOption('senior');
    await page.getByLabel('From').selectOption('7');
    await page.getByLabel('to', { exact: true }).selectOption('7');
    await page.waitForFunction(() => document.getElementById('filter-status')?.textContent === '2 of 12 roles match.');
    assert.deepEqual(await page.evaluate(visibleCardTitles), ['Antenna Control Engineer', 'Site Reliability Engineer']);
    const shared = page.url();
    assert.equal(new URL(shared).search, '?department=engineering&level=senior&grade_min=7&grade_max=7');

    const fresh = await context.newPage();
    await fresh.goto(shared);
    await fresh.waitForFunction(() => document.getElementById('filter-status')?.textContent === '2 of 12 roles match.');
    assert.deepEqual(await fresh.evaluate(visibleCardTitles), ['Antenna Control Engineer', 'Site Reliability Engineer']);
    assert.equal(await fresh.getByLabel('Level').inputValue(), 'senior');
    assert.equal(await fresh.getByLabel('From').inputValue(), '7');
    await fresh.close();
  });

  test('a shared search URL shows the same results; no match says so; clearing shows every role', async () => {
    await page.goto(url('/?q=kubernetes&department=engineering'));
    await page.waitForFunction(() => document.getElementById('filter-status')?.textContent === '2 of 12 roles match.');
    assert.equal(await page.getByLabel('Search titles and descriptions').inputValue(), 'kubernetes');
    assert.deepEqual((await page.evaluate(visibleCardTitles)).sort(), ['Backend Engineer', 'Site Reliability Engineer']);

    await page.getByLabel('Search titles and descriptions').fill('zzzqqqxx');
    await page.waitForFunction(() => document.getElementById('filter-status')?.textContent === '0 of 12 roles match.');
    assert.equal(await page.locator('#no-results').isVisible(), true);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => document.getElementById('filter-status')?.textContent === 'Showing all 12 roles.');
    assert.equal((await page.evaluate(visibleCardTitles)).length, 12);
    assert.equal(new URL(page.url()).search, '');
  });

  test('"only roles with open positions" keeps the two hiring roles', async () => {
    await page.goto(url('/?open=1'));
    await page.waitForFunction(() => document.getElementById('filter-status')?.textContent === '2 of 12 roles match.');
    assert.deepEqual(await page.evaluate(visibleCardTitles), ['Product Manager, Pass Scheduling', 'Account Executive']);
  });

  test('without JavaScript the index hides the form and a visitor finds a role through its department', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(url('/'));
    assert.equal(await plain.locator('#role-filters').isVisible(), false);
    await plain.getByRole('navigation', { name: 'Browse by department' }).getByRole('link', { name: /^Sales/ }).click();
    assert.equal(new URL(plain.url()).pathname, '/departments/sales/');
    await plain.getByRole('link', { name: 'Account Executive' }).click();
    assert.equal(await plain.locator('h1').textContent(), 'Account Executive');
    // The old address of a moved page sends the browser on without script (meta refresh).
    await plain.goto(url('/jobs/people-ops-generalist/'));
    await plain.waitForURL(url('/people/people-operations-specialist/'));
    await noScript.close();
  });

  test('the 404 page is served for unknown paths and links back to the roles', async () => {
    const response = await page.goto(url('/no-such-role/'));
    assert.equal(response?.status(), 404);
    assert.equal(await page.locator('h1').textContent(), 'Page not found');
    await page.getByRole('link', { name: 'See all roles' }).click();
    assert.equal(new URL(page.url()).pathname, '/');
  });

  test('every link the layouts write resolves, and every #fragment lands on an element', async () => {
    const pages = ['/', '/departments/engineering/', ...rolePaths];
    const idsByPath = new Map<string, Set<string>>();
    const idsOf = async (path: string): Promise<Set<string> | undefined> => {
      if (!idsByPath.has(path)) {
        const response = await page.goto(url(path));
        if (response?.status() !== 200) return undefined;
        idsByPath.set(path, new Set(await page.evaluate(pageIds)));
      }
      return idsByPath.get(path);
    };
    const problems: string[] = [];
    for (const from of pages) {
      await page.goto(url(from));
      for (const link of await page.evaluate(pageLinks)) {
        const target = new URL(link.href);
        if (target.origin !== site.server.origin) continue;
        const isPage = target.pathname.endsWith('/');
        // Links authors wrote to pages outside the example site (/handbook/…) are the link checker's business.
        if (link.inBody && !rolePaths.includes(target.pathname)) continue;
        if (!isPage) {
          const status = (await fetch(target.href)).status;
          if (status !== 200) problems.push(`${from}: ${target.pathname} is ${status}`);
          continue;
        }
        const ids = await idsOf(target.pathname);
        if (!ids) problems.push(`${from}: ${target.pathname} does not load`);
        else if (target.hash && !ids.has(decodeURIComponent(target.hash.slice(1)))) problems.push(`${from}: ${target.pathname}${target.hash} has no such id`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('the first Tab shows the skip link, which moves focus to the main content', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url('/sales/account-executive/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    const box = await skip.boundingBox();
    assert.ok(box !== null && box.x >= 0 && box.y >= 0, 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  });

  test('table of contents links move to their section', async () => {
    await page.goto(url('/sales/account-executive/'));
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Responsibilities' }).click();
    assert.equal(new URL(page.url()).hash, '#responsibilities');
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.textContent), 'Responsibilities');
  });

  test('JSON-LD on every page has the required properties and states only what the page shows', async () => {
    const problems: string[] = [];
    let postings = 0;
    for (const path of ['/', '/404.html', ...rolePaths, '/departments/engineering/']) {
      await page.goto(url(path));
      const blocks = await page.evaluate(readJsonLd);
      const types = blocks.map((b) => (b as { '@type'?: string })['@type']);
      const isRole = rolePaths.includes(path);
      if (isRole && types.filter((t) => t === 'Occupation').length !== 1) problems.push(`${path}: expected one Occupation, found ${JSON.stringify(types)}`);
      if (isRole && types.filter((t) => t === 'JobPosting').length !== (await page.locator('.opening').count())) problems.push(`${path}: one JobPosting per opening shown`);
      if (!isRole && blocks.length > 0) problems.push(`${path}: unexpected JSON-LD`);
      postings += types.filter((t) => t === 'JobPosting').length;
      for (const block of blocks) {
        problems.push(...jsonLdProblems(block).map((p) => `${path}: ${p}`));
        problems.push(...(await page.evaluate(valuesNotShown, jsonLdValues(block))).map((p) => `${path}: not shown: ${p}`));
      }
    }
    assert.deepEqual(problems, []);
    assert.equal(postings, 2, 'the two open positions of the example site (the expired one is left out)');
  });

  test('axe finds no WCAG 2.2 AA violations at 1280 px and 360 px, light and dark', async () => {
    const paths = ['/', '/departments/engineering/', ...rolePaths];
    const problems: string[] = [];
    for (const width of [1280, 360]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        for (const path of paths) {
          await page.goto(url(path));
          if (path === '/') await page.locator('#role-filters').waitFor({ state: 'visible' });
          problems.push(...(await axeViolations(page)).map((v) => `${path} ${width}px ${colorScheme}: ${v}`));
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test('no page scrolls sideways at 360 px', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    const wide: string[] = [];
    for (const path of ['/', '/departments/engineering/', '/404.html', ...rolePaths]) {
      await page.goto(url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
    }
    assert.deepEqual(wide, []);
  });

  test('no page threw a script error during the tests above', () => {
    assert.deepEqual(scriptErrors, []);
  });

  test('full-page screenshots render at both widths in both colour schemes (kept when SCREENSHOTS=dir)', async () => {
    const dir = SHOTS ?? mkdtempSync(join(tmpdir(), 'careers-shots-'));
    mkdirSync(dir, { recursive: true });
    for (const width of [1280, 360]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        for (const [name, path] of [['index', '/'], ['account-executive', '/sales/account-executive/'], ['product-manager', '/product/product-manager/']] as const) {
          await page.goto(url(path));
          const file = join(dir, `${name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const png = readFileSync(file);
          assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
          assert.equal(png.readUInt32BE(16), width, `${file} is as wide as the viewport: nothing scrolls sideways`);
        }
      }
    }
    if (!SHOTS) rmSync(dir, { recursive: true, force: true });
  });
});
