import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadSite } from '../../src/build/load-site.ts';

const FIXTURES = 'tests/fixtures/rules';
const DEFAULT_SETTINGS = `${FIXTURES}/default.config.yaml`;
/** `required_sections: [Responsibilities, Requirements, Hiring process]`, `grades: { min: 5, max: 9 }`. */
const CUSTOM_SETTINGS = `${FIXTURES}/custom.config.yaml`;

/** The content-rule findings for a fixture folder, one line each: `path:line:column severity rule message`. */
async function findings(folder: string, settingsFile = DEFAULT_SETTINGS): Promise<string[]> {
  const { diagnostics } = await loadSite({ contentDir: `${FIXTURES}/${folder}`, settingsFile, today: '2026-01-01' });
  return diagnostics
    .filter((d) => d.rule.startsWith('content/'))
    .map((d) => `${d.file.slice(FIXTURES.length + 1)}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
}

test('content/required-section: by default Responsibilities and Requirements; a heading containing the name counts', async () => {
  assert.deepEqual(await findings('required'), [
    'required/missing.md:1:1 warning content/required-section The page has no "Requirements" section.',
  ]);
});

test('content/required-section: the sections come from `required_sections` in the settings', async () => {
  assert.deepEqual(await findings('required', CUSTOM_SETTINGS), [
    'required/complete.md:1:1 warning content/required-section The page has no "Hiring process" section.',
    'required/missing.md:1:1 warning content/required-section The page has no "Requirements" section.',
    'required/missing.md:1:1 warning content/required-section The page has no "Hiring process" section.',
  ]);
});

test('content/level-order and content/grade-range: at the grade in front matter, or at the level heading', async () => {
  const found = (await findings('levels', CUSTOM_SETTINGS)).filter((line) => !line.includes('required-section'));
  assert.deepEqual(found, [
    'levels/front-matter.md:7:12 error content/grade-range The level "Senior Widget Maker" has grade 12, outside the grades 5 to 9 set in the settings.',
    'levels/front-matter.md:9:12 warning content/level-order The level "Staff Widget Maker" (grade 8) comes after "Senior Widget Maker" (grade 12); levels go from the lowest grade to the highest.',
    'levels/headings.md:17:1 error content/grade-range The level "Associate Flight Software Engineer" has grade 4, outside the grades 5 to 9 set in the settings.',
    'levels/headings.md:17:1 warning content/level-order The level "Associate Flight Software Engineer" (grade 4) comes after "Senior Flight Software Engineer" (grade 7); levels go from the lowest grade to the highest.',
  ]);
});

test('content/grade-range is not checked without `grades` in the settings', async () => {
  assert.deepEqual((await findings('levels')).filter((line) => line.includes('grade-range')), []);
});

test('content/placeholder: markers, filler and template instructions, but not comments, code or lower case', async () => {
  assert.deepEqual(await findings('placeholders'), [
    'placeholders/page.md:4:11 warning content/placeholder Placeholder text "TBD" is left in the page.',
    'placeholders/page.md:7:1 warning content/placeholder Placeholder text "_add high level description_" is left in the page.',
    'placeholders/page.md:13:13 warning content/placeholder Placeholder text "XXX" is left in the page.',
    'placeholders/page.md:14:3 warning content/placeholder Placeholder text "Lorem ipsum" is left in the page.',
    'placeholders/page.md:27:3 warning content/placeholder Placeholder text "TODO" is left in the page.',
  ]);
});

test('content/empty-section: followed by a heading of the same or higher level, or the end; markers and comments are nothing', async () => {
  assert.deepEqual(await findings('empty-sections'), [
    'empty-sections/page.md:5:1 warning content/empty-section The section "Responsibilities" is empty: the heading "Requirements" (level 2) follows it directly.',
    'empty-sections/page.md:17:1 warning content/empty-section The section "Staff Empty Role" is empty: the heading "Hiring process" (level 2) follows it directly.',
    'empty-sections/page.md:20:1 warning content/empty-section The section "Hiring process" is empty: the heading "Benefits" (level 2) follows it directly.',
    'empty-sections/page.md:28:1 warning content/empty-section The section "Apply" is empty: the page ends right after it.',
  ]);
});

test('content/heading-skip: a heading more than one level below the one before (the title is level 1)', async () => {
  assert.deepEqual(await findings('heading-skips'), [
    'heading-skips/page.md:5:1 warning content/heading-skip The heading "Overview" is level 3 but follows the page title (level 1); level 2 is skipped.',
    'heading-skips/page.md:13:1 warning content/heading-skip The heading "Details" is level 4 but follows "Responsibilities" (level 2); level 3 is skipped.',
  ]);
});

test('content/duplicate-title: every page with the title is reported at its `title`, ignoring case', async () => {
  assert.deepEqual(await findings('duplicate-titles'), [
    `duplicate-titles/engineering/analyst.md:3:8 warning content/duplicate-title The title "Data Analyst" is also the title of ${FIXTURES}/duplicate-titles/product/analyst.md (/product/analyst/).`,
    `duplicate-titles/product/analyst.md:2:10 warning content/duplicate-title The title "data analyst" is also the title of ${FIXTURES}/duplicate-titles/engineering/analyst.md (/engineering/analyst/).`,
  ]);
});

test('every content rule can be turned off or made an error in the settings', async () => {
  const { diagnostics } = await loadSite({ contentDir: `${FIXTURES}/placeholders`, settingsFile: `${FIXTURES}/severities.config.yaml`, today: '2026-01-01' });
  assert.deepEqual(diagnostics.map((d) => `${d.line} ${d.severity} ${d.rule}`), ['4 error content/placeholder', '7 error content/placeholder', '13 error content/placeholder', '14 error content/placeholder', '27 error content/placeholder']);
});
