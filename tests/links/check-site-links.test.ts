import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { loadSite } from '../../src/build/load-site.ts';

const FIXTURES = 'tests/fixtures/links';

async function linkDiagnostics(contentDir: string, settingsFile = `${FIXTURES}/default.config.yaml`): Promise<Diagnostic[]> {
  const { diagnostics } = await loadSite({ contentDir, settingsFile, today: '2026-01-15' });
  return diagnostics.filter((d) => d.rule.startsWith('link/'));
}

test('planted faults are reported exactly, each at its Markdown line, and nothing for /handbook/ or /team', async () => {
  const file = `${FIXTURES}/planted/engineering/backend-engineer.md`;
  assert.deepEqual(await linkDiagnostics(`${FIXTURES}/planted`), [
    {
      file, line: 13, column: 13, severity: 'error', rule: 'link/missing-page',
      message: 'The link "/engineering/site-reliability-enginer/" leads to no page: the site builds nothing there.',
      hint: 'Did you mean /engineering/site-reliability-engineer/?',
    },
    {
      file, line: 14, column: 30, severity: 'error', rule: 'link/missing-fragment',
      message: 'The link "/engineering/site-reliability-engineer/#senior-site-reliabilty-engineer" leads to /engineering/site-reliability-engineer/, which has no heading with the id "senior-site-reliabilty-engineer".',
      hint: 'Did you mean /engineering/site-reliability-engineer/#senior-site-reliability-engineer?',
    },
    {
      file, line: 19, column: 30, severity: 'error', rule: 'link/missing-fragment',
      message: 'The link "#staf-backend-engineer" leads to no heading on this page: nothing here has the id "staf-backend-engineer".',
      hint: 'Did you mean #staff-backend-engineer?',
    },
  ]);
});

test('every kind of link on a site with an origin and a path prefix', async () => {
  const found = await linkDiagnostics(`${FIXTURES}/variety`, `${FIXTURES}/variety.config.yaml`);
  assert.deepEqual(found.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule} | ${d.message} | ${d.hint}`), [
    '10:3 error link/empty | The link has an empty target, so it goes nowhere. | Write the URL between the parentheses, or remove the link.',
    '11:3 error link/unsafe-scheme | The link "javascript:alert(1)" uses the javascript: scheme; the sanitiser removes it, so the link does nothing. | Link to a web page (https://…) instead.',
    '12:3 error link/missing-page | The link "../platform/" (/careers/engineering/platform/) leads to no page: the site builds nothing there. | Check the path against the site (roles.json lists every page), or remove the link.',
    '13:3 warning link/redirected | The link "/careers/jobs/recruiter/" leads to the old URL /careers/jobs/recruiter/, which redirects to /careers/people/recruiter/. | Link to /careers/people/recruiter/ directly.',
    '15:3 error link/missing-page | The link "operations.md" points at the content file engineering/operations.md, which does not exist. | Check the path against the site (roles.json lists every page), or remove the link.',
    '16:3 error link/missing-fragment | The link "https://jobs.example.com/careers/people/recruiter/#hiring-proces" leads to /careers/people/recruiter/, which has no heading with the id "hiring-proces". | Did you mean /careers/people/recruiter/#hiring-process?',
    '17:3 error link/missing-page | The link "/careers/engineering/" leads to a folder with no page of its own, only pages below it. | Link to one of them, such as /careers/engineering/backend-engineer/.',
    '18:3 error link/missing-fragment | The link "/careers/#dept-enginering" leads to /careers/, which has no heading with the id "dept-enginering". | Did you mean /careers/#dept-engineering?',
    '19:3 error link/missing-page | The link "diagram.png" points at the content file engineering/diagram.png, which is not a file inside the content folder, so it is not published. | Check the path against the site (roles.json lists every page), or remove the link.',
  ]);
  assert.ok(found.every((d) => d.file === `${FIXTURES}/variety/engineering/backend-engineer.md`));
});

test('settings can lower a link rule like any other', async () => {
  const { diagnostics } = await loadSite({ contentDir: `${FIXTURES}/planted`, settingsFile: `${FIXTURES}/planted-lenient.config.yaml`, today: '2026-01-15' });
  assert.deepEqual(diagnostics.filter((d) => d.rule.startsWith('link/')).map((d) => `${d.line} ${d.severity} ${d.rule}`), [
    '13 warning link/missing-page',
  ]);
});

test('an id the layout writes on some role pages only is a broken link on the others', async () => {
  const content = mkdtempSync(join(tmpdir(), 'careers-layout-ids-'));
  try {
    mkdirSync(join(content, 'jobs'));
    const page = (title: string, body: string): string => `---\ntitle: "${title}"\nsummary: "A role."\n---\n\n${body}\n`;
    // "About the role" heads a body that opens with text; open positions and levels need openings and levels.
    writeFileSync(join(content, 'jobs/with-text.md'), page('With Text', 'Opens with text.\n\n[a](/jobs/with-heading/#about-title) [b](/jobs/with-heading/#openings-title) [c](/jobs/with-heading/#levels-title) [d](#about-title)'));
    writeFileSync(join(content, 'jobs/with-heading.md'), page('With Heading', '## Responsibilities\n\n- Do things.'));
    const found = await linkDiagnostics(content);
    assert.deepEqual(found.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message.match(/the id "[^"]+"/)?.[0]}`), [
      '8:1 link/missing-fragment the id "about-title"',
      '8:38 link/missing-fragment the id "openings-title"',
      '8:78 link/missing-fragment the id "levels-title"',
    ]);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
});

test('a page left unpublished for a front-matter error still has its links checked, in the same run', async () => {
  const content = mkdtempSync(join(tmpdir(), 'careers-unpublished-links-'));
  try {
    mkdirSync(join(content, 'jobs'));
    writeFileSync(join(content, 'jobs/broken.md'), '---\ntitle: [unclosed\n---\n\n## Duties\n\n[own](#duties) [gone](/jobs/nowhere/)\n');
    writeFileSync(join(content, 'jobs/fine.md'), '---\ntitle: "Fine"\nsummary: "A role."\n---\n\n## Duties\n\n- Work.\n');
    const { diagnostics } = await loadSite({ contentDir: content, settingsFile: `${FIXTURES}/default.config.yaml`, today: '2026-01-15' });
    assert.ok(diagnostics.some((d) => d.rule === 'front-matter/syntax'), 'the front-matter error is reported');
    assert.deepEqual(diagnostics.filter((d) => d.rule.startsWith('link/')).map((d) => `${d.line}:${d.column} ${d.rule}`), ['7:16 link/missing-page']);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
});
