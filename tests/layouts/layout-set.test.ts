import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listingPages, rolePages, layoutContext } from '../../layouts/site-pages.ts';
import { OUR_LAYOUTS, siteLayouts, type OverrideContext } from '../../layouts/layout-set.ts';
import type { Role } from '../../src/model/role.ts';
import type { SiteModel } from '../../src/model/site-model.ts';
import { sampleSite } from './sample-site.ts';

function withLayouts(layouts: Record<string, (...args: never[]) => unknown>): SiteModel {
  return { ...sampleSite(), sources: { files: [], layouts } };
}

test('without replacements the site renders with our layouts', () => {
  assert.equal(siteLayouts(layoutContext(sampleSite())), OUR_LAYOUTS);
});

test('a replacing role layout can wrap ours, escaping with context.html; the shell and other pages stay ours', () => {
  const rolePage = (role: Role, context: OverrideContext, options?: { withBody?: boolean }): unknown => {
    const page = context.ours.rolePage(role, context, options);
    return { ...page, content: context.html`<p class="note">${'Relocation <help>'} · ${context.ui('apply')}</p>${page.content}` };
  };
  const context = layoutContext(withLayouts({ role: rolePage as never }));
  const [page] = rolePages(context, [context.site.roles[0]!]);
  const html = page!.render();
  assert.ok(html.includes('<main id="main" tabindex="-1">\n<p class="note">Relocation &lt;help&gt; · Apply now</p><article class="role">'));
  assert.ok(html.startsWith('<!doctype html>'));
  assert.ok(!listingPages(context)[0]!.render().includes('class="note"'));
});

test('a replacing base layout may return a string, which is used as it is', () => {
  const basePage = (page: { title: string; content: unknown }): string => `<!doctype html><title>${page.title}</title>${String(page.content)}`;
  const context = layoutContext(withLayouts({ base: basePage as never }));
  const index = listingPages(context)[0]!.render();
  assert.ok(index.startsWith('<!doctype html><title>Northwind <Careers></title><h1>Northwind &lt;Careers&gt;</h1>'), index.slice(0, 80));
});

test('a replacing layout that returns no page fails with a sentence naming it', () => {
  const context = layoutContext(withLayouts({ index: (() => 'just text') as never }));
  assert.throws(() => listingPages(context)[0]!.render(), { name: 'TypeError', message: 'The layout index.js returned no page: it must return { title, description, path, content, … } as ours does.' });
});
