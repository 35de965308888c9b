import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, browserSkipReason, setView, startSite, VIEWS, type BuiltSite } from './harness.ts';

const skip = browserSkipReason();
/** Screenshots of the page go here (set SCREENSHOTS=/tmp/shots to keep them and look at them). */
const SHOTS = process.env['SCREENSHOTS'];

interface RoleJson {
  readonly url: string;
  readonly title: string;
  readonly levels: readonly { readonly title: string; readonly grade: number | null }[];
}

describe('the job-architecture page in Chromium', { skip }, () => {
  let site: BuiltSite;
  let context: BrowserContext;
  let page: Page;
  const url = (path: string): string => `${site.server.origin}${path}`;

  before(async () => {
    site = await startSite();
    context = await site.browser.newContext();
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
  });

  test('axe finds no WCAG 2.2 AA violations at 1280 px and 360 px, light and dark, and nothing scrolls the page sideways', async () => {
    const problems: string[] = [];
    // One load: the width and scheme change in place (see setView).
    await page.goto(url('/job-architecture/'));
    for (const [width, colorScheme] of VIEWS) {
      await setView(page, width, colorScheme);
      problems.push(...(await axeViolations(page)).map((v) => `${width}px ${colorScheme}: ${v}`));
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      if (wide) problems.push(`${width}px: the page scrolls sideways`);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, `job-architecture-${width}-${colorScheme}.png`), fullPage: true });
      }
    }
    assert.deepEqual(problems, []);
  });

  test('every level of every role is on the page, linked to a page and heading that exist', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url('/job-architecture/'));
    const links = await page.$$eval('a.architecture-level', (anchors) => anchors.map((a) => ({ text: a.textContent ?? '', href: (a as HTMLAnchorElement).href })));
    const roles = JSON.parse(readFileSync(join(site.dir, 'roles.json'), 'utf8')) as RoleJson[];
    const missing: string[] = [];
    for (const role of roles) {
      for (const level of role.levels.length > 0 ? role.levels : [{ title: role.title }]) {
        if (!links.some((link) => link.text === level.title && new URL(link.href).pathname === role.url)) missing.push(`${role.url}: ${level.title}`);
      }
    }
    assert.deepEqual(missing, []);
    const broken: string[] = [];
    const byPage = new Map<string, URL[]>();
    for (const target of links.map((link) => new URL(link.href))) byPage.set(target.pathname, [...(byPage.get(target.pathname) ?? []), target]);
    // Fetched and parsed in the page rather than each loaded in a tab (a sixth of the cost): role pages
    // run no script, so the parsed document has the ids the browser shows; one that did would be reported.
    const targets = await page.evaluate(async (hrefs) => Promise.all(hrefs.map(async (href) => {
      const response = await fetch(href);
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const scripted = doc.querySelector('script:not([type="application/ld+json"])') !== null;
      return { href, status: response.status, scripted, ids: Array.from(doc.querySelectorAll('[id]'), (el) => el.id) };
    })), [...byPage.keys()].map(url));
    for (const { href, status, scripted, ids } of targets) {
      const path = new URL(href).pathname;
      if (status !== 200) broken.push(`${path}: ${status}`);
      if (scripted) broken.push(`${path}: runs a script, so its ids must be read from the page loaded in a tab`);
      for (const target of byPage.get(path) ?? []) if (target.hash && !ids.includes(decodeURIComponent(target.hash.slice(1)))) broken.push(`${target.href}: no such id`);
    }
    assert.deepEqual(broken, []);
  });

  test('works without JavaScript, and the index links to it', async () => {
    const plain = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    await plain.goto(url('/'));
    await plain.getByRole('link', { name: 'Job architecture: every level by grade' }).click();
    assert.equal(new URL(plain.url()).pathname, '/job-architecture/');
    assert.ok(await plain.getByRole('table').count() > 0);
    const header = await plain.getByRole('table').first().getByRole('columnheader').allTextContents();
    assert.equal(header[0], 'Job family');
    assert.ok(header.slice(1).every((text) => /^Grade -?\d+$/.test(text)), header.join(', '));
  });

  test('prints one landscape page per department', async () => {
    await page.goto(url('/job-architecture/'));
    await page.emulateMedia({ media: 'print' });
    const departments = await page.locator('.architecture-department').count();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    if (SHOTS) {
      await page.setViewportSize({ width: 1123, height: 794 });
      await page.screenshot({ path: join(SHOTS, 'job-architecture-print.png'), fullPage: true });
    }
    await page.emulateMedia({ media: 'screen' });
    const pages = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?!s)/g)].length;
    assert.equal(pages, departments);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    assert.ok(box && Number(box[1]) > Number(box[2]), `landscape: ${box?.[0]}`);
  });
});
