import { tableOfContents } from '../../layouts/role-sections.ts';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { basePage } from '../../layouts/base.ts';
import { rolePage } from '../../layouts/role.ts';
import { assertGolden } from './golden.ts';
import { sampleContext, sampleRole } from './sample-site.ts';

const context = sampleContext();
const telemetry = context.site.roles.find((r) => r.title.startsWith('Telemetry'))!;
const render = (role = telemetry): string => basePage(rolePage(role, context), context).value;

test('a role page with levels, hiring steps and two openings matches its golden file', () => {
  assertGolden('role-page/telemetry-engineer.html', render());
});

test('the title, summary and JSON-LD are escaped; no script can be closed early', () => {
  const page = render();
  assert.ok(page.includes('<h1>Telemetry Engineer &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;</h1>'));
  assert.ok(page.includes('<p class="summary">Build the pipes &amp; &quot;tubes&quot; &lt;fast&gt;.</p>'));
  assert.equal(page.match(/<\/script>/g)?.length, 3, 'one closing tag per JSON-LD block: Occupation and two JobPostings');
  assert.ok(page.includes('"name":"Telemetry Engineer \\u003cscript\\u003ealert(\\"x\\")\\u003c/script\\u003e \\u0026 \\"Co\\""'));
});

test('breadcrumbs lead Home › Department › Role, with the path prefix', () => {
  assert.ok(render().includes('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/careers/">Home</a></li><li><a href="/careers/departments/engineering/">Engineering</a></li><li aria-current="page">Telemetry Engineer &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot;</li></ol></nav>'));
});

test('ladder rungs link to their headings; a level without a heading carries its own anchor', () => {
  assert.ok(render().includes('<ol class="ladder"><li><span class="rung-title"><a href="#telemetry-engineer">Telemetry Engineer</a></span> <span class="grade">Grade 6</span></li><li><span class="rung-title"><a href="#senior-telemetry-engineer">Senior Telemetry Engineer</a></span> <span class="grade">Grade 7</span></li><li id="staff-telemetry-engineer"><span class="rung-title">Staff Telemetry Engineer</span></li></ol>'));
});

test('the table of contents lists the layout sections, then the body headings, then related roles', () => {
  assert.ok(render().includes('<ol><li><a href="#openings-title">Open positions</a></li><li><a href="#levels-title">Career ladder</a></li><li><a href="#about-title">About the role</a></li><li><a href="#telemetry-engineer">Telemetry Engineer</a></li><li><a href="#senior-telemetry-engineer">Senior Telemetry Engineer</a></li><li><a href="#hiring-process">Hiring process</a></li><li><a href="#related-title">More roles in Engineering</a></li></ol>'));
});

test('deeper headings nest under the one before them, so the numbering counts only the top level', () => {
  const toc = tableOfContents([{ depth: 2, title: 'Roles', id: 'roles' }, { depth: 3, title: 'Manager', id: 'manager' }, { depth: 3, title: 'Director', id: 'director' }, { depth: 2, title: 'Hiring', id: 'hiring' }], 'On this page');
  assert.equal(toc?.value, '<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">On this page</h2><ol><li><a href="#roles">Roles</a><ul><li><a href="#manager">Manager</a></li><li><a href="#director">Director</a></li></ul></li><li><a href="#hiring">Hiring</a></li></ol></nav>');
});

test('with several openings the call to action leads to the list; with one, straight to the form', () => {
  assert.ok(render().includes('<p class="cta"><a class="button" href="#openings-title">See 2 open positions</a></p>'));
  const one = render({ ...telemetry, openings: telemetry.openings.slice(0, 1) });
  assert.ok(one.includes('<p class="cta"><a class="button" href="https://jobs.example.com/apply/tel-2026">Apply now</a> <a href="#opening-tel-2026">Details of the open position</a></p>'));
});

test('a role without openings is shown as a job family, with an Occupation and no JobPosting', () => {
  const recruiter = context.site.roles.find((r) => r.title === 'Recruiter')!;
  const page = render(recruiter);
  assert.ok(page.includes('<p class="no-openings">No open positions right now. This page describes the job family; follow the <a href="/careers/feed.xml">open positions feed</a> to hear when one opens.</p>'));
  assert.ok(page.includes('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Occupation","name":"Recruiter","description":"Find the people who build ground stations."}</script>'));
  assert.equal(page.includes('JobPosting'), false);
  assert.equal(page.includes('class="related"'), false, 'the only role of its department has no related roles');
  assert.equal(page.includes('Career ladder'), false);
});

test('"Edit this page" joins edit_url and the content path; without edit_url there is no link', () => {
  assert.ok(render().includes('<p class="edit"><a href="https://git.example.com/careers/-/edit/main/content/engineering/telemetry-engineer.md">Edit this page</a></p>'));
  const bare = sampleContext({ ...context.site, settings: { ...context.site.settings, edit_url: undefined } } as typeof context.site);
  assert.equal(basePage(rolePage(telemetry, bare), bare).value.includes('Edit this page'), false);
});

test('related roles come from the same department', () => {
  assert.ok(render().includes('<ul class="related-list"><li><a href="/careers/engineering/antenna-engineer/">Antenna Engineer</a></li></ul>\n<p><a href="/careers/departments/engineering/">All 2 Engineering roles</a></p>'));
});

test('a body that opens with a heading gets no "About the role" heading', () => {
  const antenna = context.site.roles.find((r) => r.title === 'Antenna Engineer')!;
  assert.equal(render(antenna).includes('About the role'), false);
  assert.equal(render(sampleRole({ html: '' })).includes('About the role'), false);
});
