import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexPage } from '../../layouts/index.ts';
import { openingsSection } from '../../layouts/openings.ts';
import { makeSiteModel } from '../../src/model/site-model.ts';
import { jobPosting } from '../../layouts/structured-data/job-posting.ts';
import { SettingsSchema } from '../../src/model/settings-schema.ts';
import { sampleContext, sampleOpening, sampleRole } from '../layouts/sample-site.ts';

const atsOpening = sampleOpening({
  id: 'lever-5e1d',
  title: 'Senior Backend Engineer',
  locations: ['Berlin'],
  remote: false,
  applicant_countries: [],
  apply_url: 'https://jobs.lever.co/acme/5e1d/apply',
  date_posted: '2026-11-18',
  ats: { provider: 'lever', jobId: '5e1d', department: 'Engineering', directApply: true, descriptionHtml: '<p>Our antennas need a steady hand.</p>' },
});

describe('ATS openings on a role page', () => {
  it('publish JobPosting data with the ATS apply link, directApply and the job\'s own description', () => {
    const result = jobPosting(sampleRole({ openings: [atsOpening] }), atsOpening, SettingsSchema.parse({ organization: { name: 'Acme' } }));
    assert.ok(result.ok);
    assert.equal(result.data['description'], '<p>Our antennas need a steady hand.</p>');
    assert.equal(result.data['url'], 'https://jobs.lever.co/acme/5e1d/apply');
    assert.equal(result.data['directApply'], true);
  });

  it('leave directApply false when the link leads to the company\'s own page rather than the ATS form', () => {
    const elsewhere = { ...atsOpening, apply_url: 'https://acme.example.com/jobs?id=1', ats: { ...atsOpening.ats!, directApply: false } };
    const result = jobPosting(sampleRole(), elsewhere, SettingsSchema.parse({}));
    assert.ok(result.ok);
    assert.equal(result.data['directApply'], false);
  });

  it('give a front-matter opening neither, as before', () => {
    const result = jobPosting(sampleRole(), sampleOpening(), SettingsSchema.parse({}));
    assert.ok(result.ok);
    assert.equal('directApply' in result.data, false);
    assert.equal('url' in result.data, false);
  });

  it('show the description the JobPosting states, folded under the facts', () => {
    const section = openingsSection(sampleRole({ openings: [atsOpening] }), sampleContext()).value;
    assert.ok(section.includes('<details class="opening-description"><summary>About this position<span class="visually-hidden">: Senior Backend Engineer</span></summary>\n<p>Our antennas need a steady hand.</p>\n</details>\n<p class="apply"><a class="button" href="https://jobs.lever.co/acme/5e1d/apply">'), section);
  });
});

describe('ATS openings no role page describes', () => {
  const unmatched = (title: string, department: string | null, extra: Partial<typeof atsOpening> = {}) =>
    ({ ...atsOpening, id: `lever-${title.length}`, title, apply_url: `https://jobs.lever.co/acme/${title.length}/apply`, ats: { ...atsOpening.ats!, department }, ...extra });

  it('are listed on the index with their ATS links, under their department or in one of their own', () => {
    const site = makeSiteModel(SettingsSchema.parse({ name: 'Acme Careers' }), [sampleRole()], [
      unmatched('Office Coordinator', 'Workplace', { remote: true, locations: [] }),
      unmatched('Site Reliability Lead', 'engineering'),
    ]);
    const content = indexPage(sampleContext(site)).content.value;
    assert.ok(content.includes(`<h3 class="ats-openings-title" id="dept-engineering-ats">Also open</h3>
<ul class="ats-openings"><li><a href="https://jobs.lever.co/acme/21/apply">Site Reliability Lead</a> <span class="ats-opening-place">Berlin</span></li></ul>
</section>`), content);
    assert.ok(content.includes(`<section class="department-group ats-only" aria-labelledby="ats-department-1">
<h2 id="ats-department-1">Workplace <span class="count">(1)</span></h2>
<h3 class="ats-openings-title" id="ats-department-1-openings">Also open</h3>
<ul class="ats-openings"><li><a href="https://jobs.lever.co/acme/18/apply">Office Coordinator</a> <span class="ats-opening-place">Remote</span></li></ul>
</section>`), content);
  });

  it('leave the index as it was when there are none', () => {
    const content = indexPage(sampleContext(makeSiteModel(SettingsSchema.parse({}), [sampleRole()]))).content.value;
    assert.equal(content.includes('ats-openings'), false);
  });
});
