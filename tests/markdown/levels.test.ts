import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processBody } from '../../src/markdown/process-body.ts';

const levels = (body: string, title: string): [string, number | null, string][] => processBody(body, title, 1).levels.map((l) => [l.title, l.grade, l.id]);

test('levels under a "Roles" heading, with grades from "Job Grade" subsections', () => {
  const body = '## Operator Roles\n\n### Operator\n\n#### Job Grade\n\nThe Operator is a grade 5.\n\n### Lead Operator\n\nLeads the shift.\n';
  assert.deepEqual(levels(body, 'Operator'), [['Operator', 5, 'operator'], ['Lead Operator', null, 'lead-operator']]);
});

test('grade statements without headings become levels', () => {
  assert.deepEqual(levels('## Job Grade\n\nThe Analyst is a grade 6. The Senior Analyst is a [grade 7](/g/).\n', 'Analyst'), [['Analyst', 6, 'job-grade'], ['Senior Analyst', 7, 'job-grade']]);
});

test('a seniority word before the role title marks a level; other headings do not', () => {
  assert.deepEqual(levels('## Responsibilities\n\n- x\n\n## Senior Planner\n\nMore.\n\n## Hiring Process\n\n1. Call\n', 'Planner'), [['Senior Planner', null, 'senior-planner']]);
});

test('specialties are not levels', () => {
  assert.deepEqual(levels('## Specialties\n\n### Senior Planner\n\n#### Job Grade\n\nThe Senior Planner is a grade 7.\n', 'Planner'), []);
});

test('a table with a grade column gives levels when no heading does', () => {
  assert.deepEqual(levels('| Title | Grade |\n|---|---|\n| Planner | 5 |\n| Senior Planner | 6 |\n', 'Planner'), [['Planner', 5, 'planner'], ['Senior Planner', 6, 'senior-planner']]);
});

test('team headings under a level or beside levels are specialties, not levels', () => {
  const body = '## Levels\n\n### Backend Engineer\n\nThe Backend Engineer is a grade 6.\n\n#### Distribution:Build\n\nBuilds packages.\n\n### Package\n\nShips the registry.\n';
  const result = processBody(body, 'Backend Engineer', 1);
  assert.deepEqual(result.levels.map((l) => [l.title, l.grade]), [['Backend Engineer', 6]]);
  assert.deepEqual(result.specialties.map((s) => s.title), ['Distribution:Build', 'Package']);
});

test('section names under "Levels" are never levels', () => {
  const body = '## Levels\n\n### Intermediate Planner\n\nPlans.\n\n### Professional Experience\n\nYears.\n\n### Responsibilities\n\n- x\n\n### Leadership\n\nLeads.\n';
  assert.deepEqual(levels(body, 'Planner'), [['Intermediate Planner', null, 'intermediate-planner']]);
});

test('a grade sentence under a level gives it its grade whatever its subject says', () => {
  const body = '## Senior Planner\n\nThe role is a grade 7.\n\n## Staff Planner\n\nThis position is grade 8.\n\n## Senior Manager, Support\n\nThe Senior Support Manager is a grade 9.\n';
  assert.deepEqual(levels(body, 'Planner'), [['Senior Planner', 7, 'senior-planner'], ['Staff Planner', 8, 'staff-planner'], ['Senior Manager, Support', 9, 'senior-manager-support']]);
});

test('"The role is a grade N" outside any level makes the page itself that level', () => {
  assert.deepEqual(levels('## Job Grade\n\nThe role is a grade 6.\n', 'Associate Planner'), [['Associate Planner', 6, 'job-grade']]);
});

test('titles with the same words in another order stay two levels when both have headings', () => {
  const body = '## Levels\n\n### Relations Manager\n\nThe Relations Manager is a grade 6.\n\n### Manager, Relations\n\nThe Manager, Relations is a grade 8.\n';
  assert.deepEqual(levels(body, 'Relations Manager'), [['Relations Manager', 6, 'relations-manager'], ['Manager, Relations', 8, 'manager-relations']]);
});

test('an abbreviated title in a grade sentence is not cut at its full stop', () => {
  assert.deepEqual(levels('## Job Grade\n\nThe Sr. Planner is a grade 7.\n', 'Planner'), [['Senior Planner', 7, 'job-grade']]);
});
