import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Why the browser tests cannot run, or false when they can. Under CI a missing browser is a failure
 * (the tests must not pass by skipping); on a developer machine it is a skip that says what to install.
 */
export function browserSkipReason(): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env['CI']) throw new Error(`${CHROMIUM} is missing, and CI must run the browser tests: apt-get install -y chromium`);
  return `${CHROMIUM} is missing; install it with: apt-get update && apt-get install -y chromium`;
}

/** A fixed build date, so which openings are open does not depend on the day the tests run. */
export const BUILD_EPOCH = String(Date.UTC(2026, 10, 23) / 1000);

export interface BuiltSite {
  readonly dir: string;
  readonly server: StaticServer;
  readonly browser: Browser;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
let browser: Promise<Browser> | undefined;
const sites = new Map<string, Promise<BuiltSite & { readonly work: string }>>();

/**
 * One Chromium for every browser test of the process (npm test runs the browser files in one process,
 * tests/groups/): starting it costs more than most of the tests. Closed, with the sites, when the
 * process's tests are done.
 */
export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return browser;
}

/**
 * Builds a site (the example site, unless another content folder is named) with the real CLI and serves
 * it on 127.0.0.1, once per process for each folder: the tests only read it.
 */
export function startSite(content = 'content'): Promise<BuiltSite> {
  let site = sites.get(content);
  if (site === undefined) {
    site = (async () => {
      const work = mkdtempSync(join(tmpdir(), 'careers-browser-'));
      const dir = join(work, 'site');
      const result = await runCli(['build', '--content', content, '--out', dir, '--no-cache'], { cwd: REPO_ROOT, env: { SOURCE_DATE_EPOCH: BUILD_EPOCH } });
      if (result.code !== 0) throw new Error(`build failed:\n${result.stderr}`);
      return { work, dir, server: await serveStatic(dir, AXE_TOOLS), browser: await sharedBrowser() };
    })();
    sites.set(content, site);
  }
  return site;
}

after(async () => {
  for (const site of sites.values()) {
    const { server, work } = await site.catch(() => ({ server: undefined, work: undefined }));
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  }
  await (await browser?.catch(() => undefined))?.close();
});

export type ColorScheme = 'light' | 'dark';
/** The widths and colour schemes the look of a site is checked at. */
export const VIEWS: readonly (readonly [number, ColorScheme])[] = [[1280, 'light'], [360, 'light'], [1280, 'dark'], [360, 'dark']];

/**
 * Sets the page's width (900 px high) and colour scheme where it is: layout and styles follow without a
 * reload (the sites' scripts read neither), so a page can be checked at every view after one load.
 */
export async function setView(page: Page, width: number, colorScheme: ColorScheme): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme });
  const seen = await page.evaluate(() => `${window.innerWidth}px ${matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'}`);
  if (seen !== `${width}px ${colorScheme}`) throw new Error(`asked for ${width}px ${colorScheme}, the page is at ${seen}`);
}

/** Where the static servers publish axe-core for `axeViolations` (a path no site has). */
const AXE_PATH = '/.tests/axe.min.js';
/** The tools to pass to `serveStatic` for a site that `axeViolations` runs on. */
export const AXE_TOOLS: Readonly<Record<string, string>> = { [AXE_PATH]: join(REPO_ROOT, 'node_modules/axe-core/axe.min.js') };

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Best-practice rules the issue asks for too: headings in order, landmarks, one h1, a working skip link. */
const AXE_RULES = ['heading-order', 'page-has-heading-one', 'landmark-one-main', 'landmark-unique', 'region', 'skip-link'];

/**
 * Runs axe-core on the page as it is now (width and colour scheme included) with the WCAG 2.2 A and AA
 * rules and a few best practices; returns one line per violation. The page must come from a server
 * given `AXE_TOOLS`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Loaded by URL, not as inline text: Chromium then keeps the compiled script between pages (an
  // inline copy of its half-megabyte cost about 0.2 s on every page load).
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: new URL(AXE_PATH, page.url()).href });
  return page.evaluate(async (options) => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<Result> } }).axe;
    const { violations } = await axe.run(document, options);
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`));
  }, {
    // One run for both sets: a rule switched on in `rules` runs beside the tags of `runOnly`
    // (axe-core's ruleShouldRun reads `rules[id].enabled` before the tags).
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(AXE_RULES.map((id) => [id, { enabled: true }])),
    resultTypes: ['violations'],
  });
}
