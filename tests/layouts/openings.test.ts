import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateTime, salaryRange } from '../../layouts/format.ts';
import { openingsSection } from '../../layouts/openings.ts';
import { sampleContext, sampleOpening, sampleRole } from './sample-site.ts';

test('an opening shows place, workplace, countries, type, salary, dates, reference and where to apply', () => {
  const role = sampleRole({
    openings: [
      sampleOpening({ id: 'a-1', title: 'Engineer <Remote>', locations: ['Remote', 'Lisbon, Portugal'], applicant_countries: ['US', 'GB', 'DE'], employment_type: 'PART_TIME', salary: { min: 60000.5, max: 60000.5, currency: 'EUR', period: 'MONTH' }, valid_through: '2027-01-31' }),
    ],
  });
  assert.equal(openingsSection(role, sampleContext()).value, `<section class="openings" aria-labelledby="openings-title">
<h2 id="openings-title">Open positions</h2>
<ul class="opening-list"><li class="opening" id="opening-a-1">
<h3>Engineer &lt;Remote&gt;</h3>
<dl class="opening-facts">
<div><dt>Location</dt><dd>Lisbon, Portugal</dd></div>
<div><dt>Workplace</dt><dd><data value="TELECOMMUTE">Remote</data></dd></div>
<div class="wide"><dt>Open to applicants in</dt><dd>United States, United Kingdom, Germany</dd></div>
<div><dt>Employment</dt><dd><data value="PART_TIME">Part-time</data></dd></div>
<div class="wide"><dt>Salary</dt><dd>EUR <data value="60000.5">60,000.5</data> <data value="MONTH">per month</data></dd></div>
<div><dt>Posted</dt><dd><time datetime="2026-11-02">November 2, 2026</time></dd></div>
<div><dt>Apply by</dt><dd><time datetime="2027-01-31">January 31, 2027</time></dd></div>
<div><dt>Reference</dt><dd>a-1</dd></div></dl>
<p class="apply"><a class="button" href="https://jobs.example.com/apply/tel-2026">Apply now<span class="visually-hidden"> for Engineer &lt;Remote&gt;</span></a></p>
</li></ul>
</section>`);
});

test('dates and amounts follow the site language; the exact values stay in the markup', () => {
  assert.equal(dateTime('2026-01-05', 'en').value, '<time datetime="2026-01-05">January 5, 2026</time>');
  assert.equal(dateTime('2026-01-05', 'de').value, '<time datetime="2026-01-05">5. Januar 2026</time>');
  assert.equal(salaryRange({ min: 95000, max: 125000, currency: 'USD', period: 'YEAR' }, 'de').value, 'USD <data value="95000">95.000</data> – <data value="125000">125.000</data> <data value="YEAR">per year</data>');
});
