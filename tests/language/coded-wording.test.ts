import assert from 'node:assert/strict';
import { test } from 'node:test';
import { remark } from 'remark';
import { codedWording } from '../../src/language/coded-wording.ts';
import { toProse } from '../../src/language/prose.ts';

const found = (body: string, allow: string[] = []) =>
  codedWording(toProse(remark().parse(body), body).words, { allow: new Set(allow), minReadingEase: 30, eachWord: false })
    .map((f) => [f.rule, f.at === 'page' ? 'page' : `${f.at.line}:${f.at.column}`, f.message]);

test('age-coded phrases of people are findings; of things they are not', () => {
  assert.deepEqual(found('Join a young, energetic crew of recent grads at a young startup.\n'), [
    ['language/age-coded', '1:8', '`young` is age-coded: it tells older applicants the job is not for them.'],
    ['language/age-coded', '1:15', '`energetic` is age-coded: it tells older applicants the job is not for them.'],
    ['language/age-coded', '1:33', '`recent grads` is age-coded: it tells older applicants the job is not for them.'],
  ]);
});

test('jargon titles are found in headings too, and a phrase never spans two sentences', () => {
  assert.deepEqual(found('## Data Wizard\n\nWe talk about the recent. Graduates are welcome.\n'), [
    ['language/jargon-title', '1:9', '`Wizard` is a jargon title: candidates do not search for it, and it reads as a narrow culture.'],
  ]);
  assert.deepEqual(found('Our guru.\n', ['guru']), []);
});
