import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { basePage } from '../../layouts/base.ts';
import { departmentFamilies, jobArchitecturePage } from '../../layouts/job-architecture.ts';
import { listingPages } from '../../layouts/site-pages.ts';
import { SettingsSchema } from '../../src/model/settings-schema.ts';
import { makeSiteModel } from '../../src/model/site-model.ts';
import { sampleContext, sampleRole } from './sample-site.ts';

const engineering = { id: 'engineering', name: 'Engineering' };
const product = { id: 'product', name: 'Product' };
const backend = sampleRole({
  url: '/engineering/backend-engineer/',
  title: 'Backend Engineer',
  department: engineering,
  levels: [
    { title: 'Backend Engineer', grade: 5, id: 'backend-engineer' },
    { title: 'Senior Backend Engineer', grade: 7, id: 'senior-backend-engineer' },
    { title: 'Staff Backend Engineer', grade: null, id: '' },
  ],
});
const radio = sampleRole({ url: '/engineering/radio-engineer/', title: 'Radio Engineer <RF>', department: engineering, levels: [{ title: 'Radio Engineer', grade: 7, id: 'radio' }, { title: 'Lead Radio Engineer', grade: 7, id: 'lead' }] });
const writer = sampleRole({ url: '/engineering/writer/', title: 'Technical Writer', department: engineering, levels: [] });
// A family kept as a folder: its page and a page per level.
const pm = sampleRole({ source: 'content/product/pm/_index.md', sourceInContent: 'product/pm/_index.md', url: '/product/pm/', title: 'Product Manager', department: product, html: '<p>Decide what to build.</p>' });
const pmSenior = sampleRole({ source: 'content/product/pm/senior.md', sourceInContent: 'product/pm/senior.md', url: '/product/pm/senior/', title: 'Senior Product Manager', department: product, levels: [{ title: 'Senior Product Manager', grade: 8, id: '' }] });
const site = makeSiteModel(SettingsSchema.parse({ name: 'Acme Careers', path_prefix: '/careers/' }), [backend, radio, writer, pm, pmSenior]);
const context = sampleContext(site);

describe('the job-architecture page', () => {
  it('reads families from role pages and from families kept as folders, each level page once', () => {
    assert.deepEqual(departmentFamilies(site.departments[1]!, site), [
      { title: 'Product Manager', url: '/product/pm/', levels: [{ title: 'Senior Product Manager', grade: 8, href: '/product/pm/senior/' }] },
    ]);
    assert.deepEqual(departmentFamilies(site.departments[0]!, site).map((f) => [f.title, f.levels.map((l) => [l.grade, l.href])]), [
      ['Backend Engineer', [[5, '/engineering/backend-engineer/#backend-engineer'], [7, '/engineering/backend-engineer/#senior-backend-engineer'], [null, '/engineering/backend-engineer/']]],
      ['Radio Engineer <RF>', [[7, '/engineering/radio-engineer/#radio'], [7, '/engineering/radio-engineer/#lead']]],
      ['Technical Writer', [[null, '/engineering/writer/']]],
    ]);
  });

  it('puts every level on its grade column, gaps included, and lists levels without a grade apart', () => {
    const content = jobArchitecturePage(context).content.value;
    assert.ok(content.includes(`<section class="architecture-department" aria-labelledby="architecture-engineering">
<h2 id="architecture-engineering">Engineering</h2>
<div class="architecture-scroll" role="region" aria-labelledby="architecture-engineering-caption" tabindex="0">
<table class="architecture">
<caption id="architecture-engineering-caption">Engineering: job families by grade</caption>
<thead><tr><th scope="col">Job family</th><th scope="col">Grade 5</th><th scope="col">Grade 6</th><th scope="col">Grade 7</th></tr></thead>
<tbody>
<tr><th scope="row"><a href="/careers/engineering/backend-engineer/">Backend Engineer</a></th><td><a class="architecture-level" href="/careers/engineering/backend-engineer/#backend-engineer">Backend Engineer</a></td><td></td><td><a class="architecture-level" href="/careers/engineering/backend-engineer/#senior-backend-engineer">Senior Backend Engineer</a></td></tr>
<tr><th scope="row"><a href="/careers/engineering/radio-engineer/">Radio Engineer &lt;RF&gt;</a></th><td></td><td></td><td><a class="architecture-level" href="/careers/engineering/radio-engineer/#radio">Radio Engineer</a><a class="architecture-level" href="/careers/engineering/radio-engineer/#lead">Lead Radio Engineer</a></td></tr>
</tbody>
</table>
</div>
<h3 id="architecture-engineering-ungraded">Without a grade</h3>
<ul class="architecture-ungraded"><li><a class="architecture-level" href="/careers/engineering/backend-engineer/">Staff Backend Engineer</a> <span class="architecture-family">(Backend Engineer)</span></li><li><a class="architecture-level" href="/careers/engineering/writer/">Technical Writer</a></li></ul>
</section>`), content);
    assert.ok(content.includes('<tr><th scope="row"><a href="/careers/product/pm/">Product Manager</a></th><td><a class="architecture-level" href="/careers/product/pm/senior/">Senior Product Manager</a></td></tr>'), content);
  });

  it('says so when no level of a department has a grade', () => {
    const ungraded = makeSiteModel(SettingsSchema.parse({}), [writer]);
    const content = jobArchitecturePage(sampleContext(ungraded)).content.value;
    assert.ok(content.includes('<p class="architecture-none">No level in this department has a grade yet.</p>'), content);
  });

  it('is one of the site\'s pages, at /job-architecture/, with a breadcrumb home', () => {
    const page = listingPages(context).find((p) => p.path === '/job-architecture/');
    assert.equal(page?.file, '/job-architecture/index.html');
    assert.equal(page?.layout, 'jobArchitecture');
    const shell = jobArchitecturePage(context);
    assert.ok(basePage(shell, context).value.includes('<title>Job architecture · Acme Careers</title>'));
    assert.deepEqual(shell.breadcrumbs, [{ title: 'Home', path: '/' }]);
  });
});
