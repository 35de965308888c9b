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
