import assert from 'node:assert/strict';
import { test } from 'node:test';
import { basePage } from '../../layouts/base.ts';
import { departmentPage } from '../../layouts/department.ts';
import { indexPage } from '../../layouts/index.ts';
import { notFoundPage } from '../../layouts/not-found.ts';
import { redirectPage } from '../../layouts/redirect.ts';
import { gradeRange } from '../../layouts/role-card.ts';
import { assertGolden } from './golden.ts';
import { sampleContext, sampleRole } from './sample-site.ts';

const context = sampleContext();

test('the index matches its golden file', () => {
  assertGolden('listing/index.html', basePage(indexPage(context), context).value);
});

test('department pages and the 404 page match their golden files', () => {
  const people = context.lookups.departmentById.get('people')!;
  assertGolden('listing/department-people.html', basePage(departmentPage(people, context), context).value);
  assertGolden('listing/404.html', basePage(notFoundPage(context), context).value);
});

test('cards carry what the filter script reads, escaped', () => {
  const page = indexPage(context).content.value;
  assert.ok(page.includes('<li class="role-card" data-url="/engineering/antenna-engineer/" data-department="engineering" data-levels="[{&quot;k&quot;:[&quot;associate&quot;],&quot;g&quot;:5},{&quot;k&quot;:[],&quot;g&quot;:6}]" data-open="0">'));
});

test('the filter form is in place from the first paint, disabled until the script is ready and not shown without it; the script never blocks rendering', () => {
  const page = basePage(indexPage(context), context).value;
  assert.ok(page.includes('<form id="role-filters" class="filters" role="search" aria-labelledby="filters-title" data-index="/careers/search-index.json">\n<h2 id="filters-title">Find a role</h2>\n<fieldset class="filter-fields" disabled>\n'));
  assert.ok(page.includes('<noscript><style>#role-filters { display: none; }</style></noscript>\n</head>'));
  assert.ok(page.includes('<script type="module" src="/careers/assets/search.js"></script>'));
  assert.equal(/<script(?![^>]*type="(module|application\/ld\+json)")/.test(page), false, 'no classic script');
  assert.ok(page.includes('<option value="associate">Associate</option><option value="senior">Senior</option><option value="staff">Staff</option>'));
});

test('the 404 page is not indexed and has no canonical link', () => {
  const page = basePage(notFoundPage(context), context).value;
  assert.ok(page.includes('<meta name="robots" content="noindex">'));
  assert.equal(page.includes('rel="canonical"'), false);
});

test('a redirect page refreshes to the new address, names it canonical and links to it', () => {
  const [redirect] = context.lookups.redirects;
  assert.equal(redirect?.from, '/jobs/telemetry/');
  assert.equal(redirectPage(redirect, context.site.settings, context.urls).value, `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: Telemetry Engineer &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot; · Northwind &lt;Careers&gt;</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="https://jobs.example.com/careers/engineering/telemetry-engineer/">
<meta http-equiv="refresh" content="0; url=/careers/engineering/telemetry-engineer/">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now at <a href="/careers/engineering/telemetry-engineer/">Telemetry Engineer &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;</a>.</p>
</main>
</body>
</html>
`);
});

test('grade ranges', () => {
  assert.equal(gradeRange(sampleRole()), undefined);
  assert.equal(gradeRange(sampleRole({ levels: [{ title: 'A', grade: 6, id: 'a' }] })), 'Grade 6');
  assert.equal(gradeRange(sampleRole({ levels: [{ title: 'A', grade: 8, id: 'a' }, { title: 'B', grade: null, id: 'b' }, { title: 'C', grade: 5, id: 'c' }] })), 'Grades 5–8');
});
