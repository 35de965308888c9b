import type { LayoutContext } from '../../layouts/page-data.ts';
import { siteLookups } from '../../layouts/site-lookups.ts';
import type { Opening, Role } from '../../src/model/role.ts';
import { SettingsSchema, type Settings } from '../../src/model/settings-schema.ts';
import { makeSiteModel, type SiteModel } from '../../src/model/site-model.ts';
import { siteUrls } from '../../src/model/site-urls.ts';

/** A role with every field filled in with something small; tests override what they look at. */
export function sampleRole(overrides: Partial<Role> = {}): Role {
  return {
    source: 'content/engineering/telemetry-engineer.md',
    sourceInContent: 'engineering/telemetry-engineer.md',
    url: '/engineering/telemetry-engineer/',
    title: 'Telemetry Engineer',
    titleAt: { line: 2, column: 8 },
    summary: 'Build the pipes that carry spacecraft telemetry.',
    department: { id: 'engineering', name: 'Engineering' },
    levels: [],
    specialties: [],
    responsibilities: [],
    requirements: [],
    performanceIndicators: [],
    hiringProcess: [],
    sections: [],
    links: [],
    redirectFrom: [],
    openings: [],
    html: '<p>Telemetry moves from antennas to customers.</p>',
    text: 'Telemetry moves from antennas to customers.',
    ...overrides,
  };
}

/** An opening with the required fields; remote with two applicant countries unless overridden. */
export function sampleOpening(overrides: Partial<Opening> = {}): Opening {
  return {
    id: 'tel-2026',
    title: undefined,
    locations: [],
    remote: true,
    applicant_countries: ['DE', 'PT'],
    employment_type: 'FULL_TIME',
    apply_url: 'https://jobs.example.com/apply/tel-2026',
    date_posted: '2026-11-02',
    ...overrides,
  };
}

/**
 * A small site that exercises every layout: a role whose title needs escaping, levels from headings
 * and from a table, an on-site opening with a salary, a remote one, a redirect, and a role without openings.
 */
export function sampleSite(settings: Partial<Record<keyof Settings, unknown>> = {}): SiteModel {
  const telemetry = sampleRole({
    title: 'Telemetry Engineer <script>alert("x")</script> & "Co"',
    summary: 'Build the pipes & "tubes" <fast>.',
    levels: [
      { title: 'Telemetry Engineer', grade: 6, id: 'telemetry-engineer' },
      { title: 'Senior Telemetry Engineer', grade: 7, id: 'senior-telemetry-engineer' },
      { title: 'Staff Telemetry Engineer', grade: null, id: 'staff-telemetry-engineer' },
    ],
    sections: [
      { depth: 2, title: 'Telemetry Engineer', id: 'telemetry-engineer', line: 5 },
      { depth: 2, title: 'Senior Telemetry Engineer', id: 'senior-telemetry-engineer', line: 9 },
      { depth: 2, title: 'Hiring process', id: 'hiring-process', line: 13 },
    ],
    responsibilities: ['Keep the pipes full.'],
    requirements: ['Patience with radios.'],
    hiringProcess: ['A call with a recruiter.', 'A technical interview.'],
    redirectFrom: ['/jobs/telemetry/'],
    openings: [
      sampleOpening(),
      sampleOpening({
        id: 'tel-denver',
        title: 'Telemetry Engineer, Denver',
        apply_url: 'https://jobs.example.com/apply/tel-denver',
        locations: ['Denver, Colorado, United States'],
        remote: false,
        applicant_countries: [],
        salary: { min: 95000, max: 125000, currency: 'USD', period: 'YEAR' },
        date_posted: '2026-11-10',
        valid_through: '2027-01-31',
      }),
    ],
    html: '<p>Telemetry moves from antennas to customers.</p>\n<h2 id="telemetry-engineer">Telemetry Engineer</h2>\n<ul>\n<li>Keep the pipes full.</li>\n</ul>\n<h2 id="senior-telemetry-engineer">Senior Telemetry Engineer</h2>\n<ul>\n<li>Patience with radios.</li>\n</ul>\n<h2 id="hiring-process">Hiring process</h2>\n<ol>\n<li>A call with a recruiter.</li>\n<li>A technical interview.</li>\n</ol>',
  });
  const antenna = sampleRole({
    url: '/engineering/antenna-engineer/',
    source: 'content/engineering/antenna-engineer.md',
    sourceInContent: 'engineering/antenna-engineer.md',
    title: 'Antenna Engineer',
    summary: 'Point antennas at satellites.',
    levels: [{ title: 'Associate Antenna Engineer', grade: 5, id: 'associate-antenna-engineer' }, { title: 'Antenna Engineer', grade: 6, id: 'antenna-engineer' }],
    html: '<h2 id="about">About</h2>\n<p>Antennas follow satellites.</p>',
    text: 'About Antennas follow satellites.',
  });
  const recruiter = sampleRole({
    url: '/people/recruiter/',
    source: 'content/people/recruiter.md',
    sourceInContent: 'people/recruiter.md',
    title: 'Recruiter',
    summary: 'Find the people who build ground stations.',
    department: { id: 'people', name: 'People & Culture' },
    html: '<p>Recruiters find people.</p>',
    text: 'Recruiters find people.',
  });
  const parsed = SettingsSchema.parse({ name: 'Northwind <Careers>', origin: 'https://jobs.example.com', path_prefix: '/careers/', organization: { name: 'Northwind Orbital', url: 'https://northwind.example' }, edit_url: 'https://git.example.com/careers/-/edit/main/content', ...settings });
  return makeSiteModel(parsed, [telemetry, antenna, recruiter]);
}

/** The context the Eleventy plugin gives layouts, for a sample site. */
export function sampleContext(site: SiteModel = sampleSite()): LayoutContext {
  return { site, urls: siteUrls(site.settings), lookups: siteLookups(site) };
}
