// A job family kept as a folder (tests/fixtures/families/) has one card on the index, for the family
// page; its level pages have none. A search that only a level page matches must show the family's card.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { browserSkipReason, startSite, type BuiltSite } from './harness.ts';
import { visibleCardTitles } from './page-checks.ts';

const skip = browserSkipReason();

describe('search on the index of a site with a job family kept as a folder', { skip }, () => {
  let site: BuiltSite;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    site = await startSite('tests/fixtures/families/content');
    context = await site.browser.newContext();
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });
  after(async () => {
    await context?.close();
  });

  const search = async (query: string): Promise<string[]> => {
    await page.goto(`${site.server.origin}/?q=${encodeURIComponent(query)}`);
    await page.locator('#role-filters').waitFor({ state: 'visible' });
    await page.waitForFunction(() => /match\.$/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    return page.evaluate(visibleCardTitles);
  };

  test('a word only a level page has ("rota", on the lead level) shows the family card', async () => {
    assert.deepEqual(await search('rota'), ['Mission Controller']);
  });

  test('a word only the single-file role has shows that role alone, and no script error occurred', async () => {
    assert.deepEqual(await search('Ground Crew Chief'), ['Ground Crew Chief']);
    assert.deepEqual(errors, []);
  });
});
