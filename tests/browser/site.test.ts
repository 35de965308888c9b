import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { jsonLdProblems, jsonLdValues } from '../layouts/structured-data/json-ld-rules.ts';
import { axeViolations, browserSkipReason, setView, startSite, VIEWS, type BuiltSite, type ColorScheme } from './harness.ts';
import { elementKinds, pageIds, pageLinks, readJsonLd, valuesNotShown, visibleCardTitles } from './page-checks.ts';

// One build and one browser for the whole suite: each test file is its own process, so this is the only file.
const skip = browserSkipReason();
/** Screenshots of the index and a role page go here (set SCREENSHOTS=/tmp/shots to keep them and look at them). */
const SHOTS = process.env['SCREENSHOTS'];

/** What the walk over the pages read from one of them, for the tests below (each page loads once). */
interface PageRecord {
  readonly path: string;
  readonly status: number | undefined;
  readonly ids: ReadonlySet<string>;
  readonly links: readonly { readonly href: string; readonly inBody: boolean }[];
  /** Each JSON-LD block, with the values in it that the page does not show. */
  readonly jsonLd: readonly { readonly block: unknown; readonly notShown: readonly string[] }[];
  readonly openings: number;
  /** How far the page scrolls sideways at 360 px. */
  readonly overflow: number;
  readonly kinds: ReadonlySet<string>;
}

describe('the example site in Chromium', { skip }, () => {
  let site: BuiltSite;
  let context: BrowserContext;
  let page: Page;
  let rolePaths: string[];
  let walked: Map<string, PageRecord>;
  const axeProblems: string[] = [];
  const scriptErrors: string[] = [];
  const url = (path: string): string => `${site.server.origin}${path}`;

  before(async () => {
    site = await startSite();
    rolePaths = (JSON.parse(readFileSync(join(site.dir, 'roles.json'), 'utf8')) as { url: string }[]).map((r) => r.url);
    context = await site.browser.newContext();
    context.on('page', (opened) => opened.on('pageerror', (error) => scriptErrors.push(`${opened.url()}: ${error.message}`)));
    walked = await walk(await context.newPage(), ['/', '/departments/engineering/', '/404.html', ...rolePaths]);
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
  });

  /** Runs axe on the page as it is now, and keeps what it finds for the axe test. */
  async function axeAt(on: Page, path: string, width: number, colorScheme: ColorScheme): Promise<void> {
    axeProblems.push(...(await axeViolations(on)).map((v) => `${path} ${width}px ${colorScheme}: ${v}`));
  }

  /**
   * One walk over the pages, for the link, JSON-LD, sideways-scroll and axe tests: each page loads once at
   * 1280 px light, gives what those tests read and is checked by axe, then is measured at 360 px (the
   * width and scheme change in place, see `setView`). At the other widths and schemes axe checks a few
   * pages, picked to hold between them every kind of element any page has (tag, classes and attributes,
   * in their chain of ancestors): colour contrast, target sizes and the like come from the stylesheet
   * and the layout, which those pages all show, not from the words of a particular role. The
   * job-architecture page is checked at every view in a file of its own.
   */
  async function walk(walker: Page, paths: readonly string[]): Promise<Map<string, PageRecord>> {
    const records = new Map<string, PageRecord>();
    const [width, colorScheme] = VIEWS[0]!;
    for (const path of paths) {
      await setView(walker, width, colorScheme);
      const response = await walker.goto(url(path));
      if (path === '/') await walker.locator('#role-filters').waitFor({ state: 'visible' });
      const jsonLd = [];
      for (const block of await walker.evaluate(readJsonLd)) jsonLd.push({ block, notShown: await walker.evaluate(valuesNotShown, jsonLdValues(block)) });
      const [ids, links, openings, kinds] = await Promise.all([walker.evaluate(pageIds), walker.evaluate(pageLinks), walker.locator('.opening').count(), walker.evaluate(elementKinds)]);
      const record = { path, status: response?.status(), ids: new Set(ids), links, jsonLd, openings, kinds: new Set(kinds) };
      await axeAt(walker, path, width, colorScheme);
      await setView(walker, 360, 'light');
      records.set(path, { ...record, overflow: await walker.evaluate(() => document.documentElement.scrollWidth - window.innerWidth) });
    }
    for (const path of pagesShowingEveryKind([...records.values()])) {
      await walker.goto(url(path));
      if (path === '/') await walker.locator('#role-filters').waitFor({ state: 'visible' });
      for (const [otherWidth, otherScheme] of VIEWS.slice(1)) {
        await setView(walker, otherWidth, otherScheme);
        await axeAt(walker, path, otherWidth, otherScheme);
      }
    }
    await walker.close();
    return records;
  }

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
    const idsByPath = new Map<string, ReadonlySet<string> | undefined>();
    for (const record of walked.values()) if (record.path.endsWith('/')) idsByPath.set(record.path, record.status === 200 ? record.ids : undefined);
    const idsOf = async (path: string): Promise<ReadonlySet<string> | undefined> => {
      if (!idsByPath.has(path)) {
        const response = await page.goto(url(path));
        idsByPath.set(path, response?.status() === 200 ? new Set(await page.evaluate(pageIds)) : undefined);
      }
      return idsByPath.get(path);
    };
    const problems: string[] = [];
    for (const { path: from, links } of walked.values()) {
      for (const link of links) {
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

  test('JSON-LD on every page has the required properties and states only what the page shows', () => {
    const problems: string[] = [];
    let postings = 0;
    for (const { path, jsonLd, openings } of walked.values()) {
      const types = jsonLd.map(({ block }) => (block as { '@type'?: string })['@type']);
      const isRole = rolePaths.includes(path);
      if (isRole && types.filter((t) => t === 'Occupation').length !== 1) problems.push(`${path}: expected one Occupation, found ${JSON.stringify(types)}`);
      if (isRole && types.filter((t) => t === 'JobPosting').length !== openings) problems.push(`${path}: one JobPosting per opening shown`);
      if (!isRole && jsonLd.length > 0) problems.push(`${path}: unexpected JSON-LD`);
      postings += types.filter((t) => t === 'JobPosting').length;
      for (const { block, notShown } of jsonLd) {
        problems.push(...jsonLdProblems(block).map((p) => `${path}: ${p}`));
        problems.push(...notShown.map((p) => `${path}: not shown: ${p}`));
      }
    }
    assert.deepEqual(problems, []);
    assert.equal(postings, 2, 'the two open positions of the example site (the expired one is left out)');
  });

  test('axe finds no WCAG 2.2 AA violations at 1280 px and 360 px, light and dark', () => {
    assert.deepEqual(axeProblems, []);
  });

  test('no page scrolls sideways at 360 px', () => {
    assert.deepEqual([...walked.values()].filter((r) => r.overflow > 0).map((r) => `${r.path}: ${r.overflow}px`), []);
  });

  test('no page threw a script error during the tests above', () => {
    assert.deepEqual(scriptErrors, []);
  });

  test('full-page screenshots render at both widths in both colour schemes (kept when SCREENSHOTS=dir)', async () => {
    const dir = SHOTS ?? mkdtempSync(join(tmpdir(), 'careers-shots-'));
    mkdirSync(dir, { recursive: true });
    // The index and a role page with an opening: the two layouts most of the site is made of.
    for (const [name, path] of [['index', '/'], ['account-executive', '/sales/account-executive/']] as const) {
      await page.goto(url(path));
      for (const [width, colorScheme] of VIEWS) {
        await setView(page, width, colorScheme);
        const file = join(dir, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const png = readFileSync(file);
        assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
        assert.equal(png.readUInt32BE(16), width, `${file} is as wide as the viewport: nothing scrolls sideways`);
      }
    }
    if (!SHOTS) rmSync(dir, { recursive: true, force: true });
  });
});

/** Pages that between them hold every kind of element the pages hold: each next one the page that adds most (the first given, on a tie). */
function pagesShowingEveryKind(records: readonly PageRecord[]): string[] {
  const missing = new Set(records.flatMap((r) => [...r.kinds]));
  const chosen: string[] = [];
  while (missing.size > 0) {
    let best = records[0]!;
    let bestCount = 0;
    for (const record of records) {
      const count = [...record.kinds].filter((kind) => missing.has(kind)).length;
      if (count > bestCount) [best, bestCount] = [record, count];
    }
    chosen.push(best.path);
    for (const kind of best.kinds) missing.delete(kind);
  }
  return chosen;
}
