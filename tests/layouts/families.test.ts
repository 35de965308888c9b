import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { basePage } from '../../layouts/base.ts';
import { departmentPage } from '../../layouts/department.ts';
import { rolesJson } from '../../layouts/files/roles-json.ts';
import { indexPage } from '../../layouts/index.ts';
import { rolePageHtml } from '../../layouts/role.ts';
import { layoutContext } from '../../layouts/site-pages.ts';
import { discoverContent } from '../../src/content/discover.ts';
import { loadPage } from '../../src/content/load-page.ts';
import type { Role } from '../../src/model/role.ts';
import { SettingsSchema } from '../../src/model/settings-schema.ts';
import { RolesJsonSchema } from '../../src/model/roles-json-schema.ts';
import { makeSiteModel } from '../../src/model/site-model.ts';
import { assertGoldenFile } from '../helpers/golden.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { sampleOpening, sampleSite } from './sample-site.ts';

// A family kept as a folder (an _index.md and three weighted level pages) beside a single-file family
// whose levels are headings, read from tests/fixtures/families/content exactly as a build reads them.
const FIXTURE = 'tests/fixtures/families';
const settings = SettingsSchema.parse({ name: 'Ground Station Careers', origin: 'https://careers.example.com' });
const { files, diagnostics: found } = await discoverContent(`${FIXTURE}/content`, REPO_ROOT);
const loaded = files.map((file) => loadPage({ bytes: readFileSync(file.absolute), file: file.file, pathInContent: file.pathInContent }, { settings, today: '2026-06-01' }));
const site = makeSiteModel(settings, loaded.flatMap((page): Role[] => (page.role ? [page.role] : [])));
const context = layoutContext(site);

/** Compares `actual` with tests/fixtures/families/<name>, or rewrites it when UPDATE=1. */
function assertGolden(name: string, actual: string): void {
  assertGoldenFile(join(REPO_ROOT, FIXTURE, name), actual);
}

/**
 * The parts of a page that families change: breadcrumbs, table of contents, ladder, related roles and
 * card lists. The rest of the shell has golden tests of its own, so a change there does not touch these.
 */
function familyParts(page: string): string {
  const parts = page.match(/<nav class="breadcrumbs".*?<\/nav>|<nav class="toc".*?<\/nav>|<div class="at-a-glance">.*?<\/div>|<section class="related".*?<\/section>|<ul class="role-list">.*?<\/ul>\n/gs);
  assert.ok(parts, 'the page has parts that families change');
  return `${parts.map((part) => part.trimEnd()).join('\n')}\n`;
}

function role(url: string): Role {
  const found = site.roles.find((r) => r.url === url);
  assert.ok(found, `a role at ${url}`);
  return found;
}

const FAMILY = '/job-families/operations/mission-controller/';

test('every page loads without errors; the template is reported once as not built', () => {
  assert.deepEqual(loaded.flatMap((page) => page.diagnostics.filter((d) => d.severity === 'error')), []);
  assert.deepEqual(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`), [
    `${FIXTURE}/content/job-families/operations/old-shift-report.html.md.erb:1:1 warning file/template This page is a template (ERB); templates are never run, so it is not built.`,
  ]);
});

test('the model has one family: the _index.md page and its levels in weight order, each with the grade its page gives', () => {
  const model = site.families.map((family) => ({
    page: { url: family.page.url, title: family.page.title, source: family.page.sourceInContent },
    levels: family.levels.map((level) => ({ url: level.role.url, title: level.role.title, weight: level.role.weight, grade: level.grade })),
  }));
  assertGolden('families.json', `${JSON.stringify(model, null, 2)}\n`);
  assert.deepEqual(site.families[0]?.levels.map((l) => l.role.url), [`${FAMILY}associate/`, `${FAMILY}specialist/`, `${FAMILY}lead/`]);
  assert.equal(site.familyByUrl.get('/job-families/operations/ground-crew-chief/'), undefined);
  // Weight decides over grade: given the lead the lowest weight, it comes first.
  const reweighted = makeSiteModel(settings, site.roles.map((r) => (r.url === `${FAMILY}lead/` ? { ...r, weight: 5 } : r)));
  assert.deepEqual(reweighted.families[0]?.levels.map((l) => l.role.url), [`${FAMILY}lead/`, `${FAMILY}associate/`, `${FAMILY}specialist/`]);
});

test('the family page shows the ladder of its level pages; a level page its family, in the breadcrumbs and the ladder', () => {
  assertGolden('family-page.html', familyParts(rolePageHtml(role(FAMILY), context)));
  const level = rolePageHtml(role(`${FAMILY}specialist/`), context);
  assertGolden('level-page.html', familyParts(level));
  assert.ok(level.includes('<li><a href="/departments/operations/">Operations</a></li><li><a href="/job-families/operations/mission-controller/">Mission Controller</a></li><li aria-current="page">Mission Controller (Specialist)</li>'));
  assert.ok(level.includes('<li class="current-level" aria-current="page"><span class="rung-title">Mission Controller (Specialist) <span class="current-note">(this page)</span></span> <span class="grade">Grade 6</span></li>'));
});

test('a single-file family keeps its heading ladder and breadcrumbs', () => {
  const page = rolePageHtml(role('/job-families/operations/ground-crew-chief/'), context);
  assertGolden('single-file-page.html', familyParts(page));
  assert.ok(page.includes('<li><span class="rung-title"><a href="#senior-ground-crew-chief">Senior Ground Crew Chief</a></span> <span class="grade">Grade 7</span></li>'));
});

test('the index and the department page list the family once, with its levels', () => {
  const index = basePage(indexPage(context), context).value;
  assertGolden('index.html', familyParts(index));
  assert.equal(index.match(/class="role-card/g)?.length, 2);
  // The count is of cards, as the filter script counts what it shows.
  assert.ok(index.includes('<a href="/departments/operations/">Operations</a> <span class="count">(2)</span></h2>'));
  const group = context.lookups.departmentById.get('operations');
  assert.ok(group);
  const department = basePage(departmentPage(group, context), context).value;
  assertGolden('department-operations.html', familyParts(department));
  assert.equal(department.match(/class="role-card/g)?.length, 2);
});

test('roles.json gives each role its family, and the family page its levels with their URLs', () => {
  const json = rolesJson(site);
  assertGolden('roles.json', json);
  const roles = JSON.parse(json) as { url: string; family: unknown; levels: unknown[] }[];
  assert.deepEqual(roles.map((r) => [r.url, r.family]), [
    ['/job-families/operations/ground-crew-chief/', null],
    [FAMILY, null],
    [`${FAMILY}associate/`, { url: FAMILY, title: 'Mission Controller' }],
    [`${FAMILY}lead/`, { url: FAMILY, title: 'Mission Controller' }],
    [`${FAMILY}specialist/`, { url: FAMILY, title: 'Mission Controller' }],
  ]);
  assert.deepEqual(roles[1]?.levels, [
    { title: 'Associate Mission Controller', grade: 5, url: `${FAMILY}associate/` },
    { title: 'Mission Controller (Specialist)', grade: 6, url: `${FAMILY}specialist/` },
    { title: 'Lead Mission Controller', grade: 7, url: `${FAMILY}lead/` },
  ]);
});

test('roles.json matches the schema it is published with, for families and for a site with openings, salaries and redirects', () => {
  for (const json of [rolesJson(site), rolesJson(sampleSite())]) {
    const checked = RolesJsonSchema.safeParse(JSON.parse(json));
    assert.deepEqual(checked.error?.issues ?? [], []);
  }
});

test("a level's openings show on its rung and its family's card, and the family page does not say there are none", () => {
  const withOpening = makeSiteModel(settings, site.roles.map((r) => (r.url === `${FAMILY}lead/` ? { ...r, openings: [sampleOpening()] } : r)));
  const open = layoutContext(withOpening);
  const family = withOpening.roles.find((r) => r.url === FAMILY);
  assert.ok(family);
  const page = rolePageHtml(family, open);
  assert.ok(page.includes('<li><span class="rung-title"><a href="/job-families/operations/mission-controller/lead/">Lead Mission Controller</a></span> <span class="grade">Grade 7</span> <span class="badge">1 open position</span></li>'));
  assert.equal(page.includes('class="no-openings"'), false);
  const index = basePage(indexPage(open), open).value;
  assert.ok(index.includes(`data-url="${FAMILY}" data-department="operations" data-levels="[{&quot;k&quot;:[&quot;associate&quot;],&quot;g&quot;:5},{&quot;k&quot;:[],&quot;g&quot;:6},{&quot;k&quot;:[&quot;lead&quot;],&quot;g&quot;:7}]" data-open="1" data-members="[&quot;${FAMILY}associate/&quot;,&quot;${FAMILY}specialist/&quot;,&quot;${FAMILY}lead/&quot;]">`));
  assert.ok(index.includes('<p class="card-facts"><span class="badge">1 open position</span><span>Grades 5–7</span><span>3 levels</span></p>'));
  assert.ok(rolePageHtml(site.roles.find((r) => r.url === FAMILY) ?? family, context).includes('class="no-openings"'));
});
