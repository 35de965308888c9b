import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { loadSite, SiteLoader } from '../../src/build/load-site.ts';
import { REPO_ROOT, SHARED_DIR, SKIP_WITHOUT_SHARED } from '../helpers/paths.ts';

const shared = (folder: string): string => relative(process.cwd(), join(SHARED_DIR ?? '', folder));

test('the seed pages load as 5 roles with no errors', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const { model, diagnostics } = await loadSite({ contentDir: shared('seeds'), today: '2026-06-01' });
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
  assert.deepEqual(model.roles.map((r) => r.url), [
    '/account-manager/',
    '/customer-lifecycle-marketing-manager/',
    '/job-families/engineering/support-management/',
    '/product-manager/',
    '/sales-development-representative/',
  ]);
  const support = model.roles.find((r) => r.url === '/job-families/engineering/support-management/');
  assert.equal(support?.department.id, 'engineering');
  assert.deepEqual(support?.levels.map((l) => [l.title, l.grade]), [
    ['Manager, Support Engineering', 8],
    ['Senior Manager, Support Engineering', 9],
    ['Director of Support', null],
    ['VP of Support', null],
  ]);
  assert.deepEqual(support?.specialties.map((s) => s.title), ['US Federal Support Manager', 'Director of Support Readiness']);
  assert.equal(support?.performanceIndicators.length, 5);
  const product = model.roles.find((r) => r.url === '/product-manager/');
  assert.deepEqual(product?.levels.map((l) => [l.title, l.grade, l.id]), [['Senior Product Manager', null, 'senior-product-manager']]);
  const lifecycle = model.roles.find((r) => r.url === '/customer-lifecycle-marketing-manager/');
  assert.match(lifecycle?.summary ?? '', /^Own the strategy and execution of end-to-end lifecycle marketing/);
});

test('every corpus page loads as a role, without a single error', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const pages = countPages(join(SHARED_DIR ?? '', 'corpus'));
  const { model, diagnostics } = await loadSite({ contentDir: shared('corpus'), today: '2026-06-01' });
  assert.equal(pages, 64);
  assert.equal(model.roles.length, pages);
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error' && !d.rule.startsWith('link/')), []);
  const illustrator = model.roles.find((r) => r.url === '/job-families/marketing/illustrator/');
  assert.deepEqual(illustrator?.levels.map((l) => [l.title, l.grade]), [['Associate Illustrator', 5], ['Intermediate Illustrator', 6], ['Senior Illustrator', 7]]);
  const analyst = model.roles.find((r) => r.url === '/job-families/engineering/operations-analyst/');
  assert.deepEqual(analyst?.levels.map((l) => [l.title, l.grade]), [['Operations Analyst', 6], ['Senior Operations Analyst', 7]]);
  for (const role of model.roles) assert.doesNotMatch(role.html, /\{:/, `${role.source} leaks a Kramdown marker`);
});

test('the example content loads with no errors', async () => {
  const { model, diagnostics } = await loadSite({ contentDir: relative(process.cwd(), join(REPO_ROOT, 'content')), today: '2026-06-01' });
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
  assert.ok(model.roles.length >= 8);
});

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && /\.md$/.test(e.name) && e.name !== 'README.md').length;
}

test('the site-wide checks run when asked for, once: a preview shows the model first', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const unchecked = await new SiteLoader().load({ contentDir: shared('corpus'), today: '2026-06-01' });
  assert.equal(unchecked.model.roles.length, 64);
  const checked = unchecked.check();
  assert.equal(unchecked.check(), checked, 'checked once');
  // The corpus has broken internal links, which only the site-wide link check can find.
  assert.ok(checked.diagnostics.some((d) => d.rule.startsWith('link/missing-')));
  assert.deepEqual(checked.model, unchecked.model);
});

test('a loader kept between loads (a preview) takes up a layout module added since, though no page changed', async () => {
  const work = mkdtempSync(join(tmpdir(), 'careers-load-site-'));
  try {
    cpSync(join(REPO_ROOT, 'tests/fixtures/brand'), work, { recursive: true, filter: (source) => !source.includes('.careers-cache') });
    const options = { contentDir: join(work, 'content'), settingsFile: join(work, 'careers.config.yaml'), today: '2026-06-01' };
    const loader = new SiteLoader();
    const first = await loader.load(options);
    assert.equal((await loader.load(options)).model, first.model, 'nothing changed: the same model');
    assert.deepEqual(Object.keys(first.model.sources?.layouts ?? {}), ['role']);
    // (An edited module is imported anew by its modification time; the test's TypeScript loader would
    // hand back the first import, so the test adds one instead. tests/eleventy/preview-user-sources edits one.)
    writeFileSync(join(work, 'my-layouts/not-found.js'), 'export function notFoundPage(context) { return context.ours.notFoundPage(context); }\n');
    const edited = await loader.load(options);
    assert.notEqual(edited.model, first.model);
    assert.deepEqual(Object.keys(edited.model.sources?.layouts ?? {}), ['not-found', 'role']);
    assert.deepEqual(edited.model.roles, first.model.roles);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
