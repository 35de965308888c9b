import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';
import { AXE_TOOLS, axeViolations, browserSkipReason, BUILD_EPOCH, setView, sharedBrowser } from './harness.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

// A site with its own logo, colours, favicon, stylesheet and role layout (tests/fixtures/brand/), built
// with the real CLI from that folder as a user's repository would be. Screenshots go to /tmp.
const skip = browserSkipReason();
const FIXTURE = join(REPO_ROOT, 'tests/fixtures/brand');
const ROLE = '/engineering/flight-software-engineer/';

describe('a site with a brand of its own in Chromium', { skip }, () => {
  let work: string;
  let server: StaticServer;
  let context: BrowserContext;
  let tab: Page;
  let built: string;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'careers-brand-browser-'));
    built = join(work, 'site');
    // --no-cache: a page cache would be written into the fixture folder, the working directory.
    const result = await runCli(['build', '--content', 'content', '--settings', 'careers.config.yaml', '--out', built, '--no-cache'], { cwd: FIXTURE, env: { SOURCE_DATE_EPOCH: BUILD_EPOCH } });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr.split('warning settings/no-origin').length - 1, 1, 'the build says once that there is no origin');
    server = await serveStatic(built, AXE_TOOLS);
    context = await (await sharedBrowser()).newContext();
    // One tab for every test: its renderer keeps axe-core compiled from one page to the next.
    tab = await context.newPage();
  });
  after(async () => {
    await context?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Shows the page in the tab at that scheme and width (set in place when the tab already shows it, see setView). */
  async function open(path: string, colorScheme: 'light' | 'dark', width = 1280): Promise<Page> {
    await setView(tab, width, colorScheme);
    if (tab.url() !== `${server.origin}${path}`) await tab.goto(`${server.origin}${path}`);
    return tab;
  }

  test('the brand files are published, and the build wrote no localhost URL', () => {
    for (const file of ['assets/brand/logo.svg', 'assets/brand/favicon.svg', 'assets/brand/custom.css', 'assets/favicon.svg']) assert.ok(existsSync(join(built, file)), file);
    assert.equal(readFileSync(join(built, 'assets/brand/custom.css'), 'utf8'), readFileSync(join(FIXTURE, 'brand/site.css'), 'utf8'));
    for (const file of ['index.html', `${ROLE.slice(1)}index.html`, 'feed.xml', 'feed.json', 'sitemap.xml', 'robots.txt']) {
      assert.ok(!readFileSync(join(built, file), 'utf8').includes('localhost'), file);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the role page wears the brand in ${scheme} mode, with the site's own layout, and axe finds nothing`, async () => {
      const page = await open(ROLE, scheme);
      const shot = join(work, `careers-brand-role-${scheme}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      assert.ok(statSize(shot) > 0);
      // The logo loaded (an image that failed has no natural width).
      assert.ok(await page.locator('.site-name img.logo').evaluate((img) => (img as HTMLImageElement).naturalWidth > 0));
      assert.equal(await page.getByRole('complementary', { name: 'Relocation' }).innerText(), 'We help with relocation to Engineering hubs.');
      const styles = await page.evaluate(() => ({
        h1: getComputedStyle(document.querySelector('h1')!).fontFamily,
        button: getComputedStyle(document.querySelector('.button')!).backgroundColor,
        name: getComputedStyle(document.querySelector('.site-name')!).color,
        icon: document.querySelector('link[rel="icon"]')?.getAttribute('href'),
      }));
      assert.deepEqual(styles, scheme === 'light'
        ? { h1: 'Georgia, "Times New Roman", serif', button: 'rgb(107, 29, 92)', name: 'rgb(138, 75, 0)', icon: '/assets/brand/favicon.svg' }
        : { h1: 'Georgia, "Times New Roman", serif', button: 'rgb(240, 168, 220)', name: 'rgb(242, 177, 52)', icon: '/assets/brand/favicon.svg' });
      assert.equal(await page.getByRole('link', { name: 'Apply for this role', exact: true }).count(), 1);
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  test('the index keeps our layout, wears the brand, and axe finds nothing on a phone', async () => {
    const page = await open('/', 'light', 360);
    await page.screenshot({ path: join(work, 'careers-brand-index-360.png'), fullPage: true });
    assert.equal(await page.getByRole('complementary', { name: 'Relocation' }).count(), 0);
    assert.deepEqual(await axeViolations(page), []);
  });
});

function statSize(file: string): number {
  return readFileSync(file).length;
}
