import assert from 'node:assert/strict';
import { test } from 'node:test';
import { remark } from 'remark';
import { toProse } from '../../src/language/prose.ts';

const prose = (body: string) => toProse(remark().parse(body), body);
const words = (body: string) => prose(body).words.map((w) => [w.text, w.line, w.column, w.exempt] as const);

test('words keep their real column on a list item\'s indented second line and after an entity', () => {
  const body = '- one two\n  three &amp; four\n';
  assert.deepEqual(words(body), [['one', 1, 3, false], ['two', 1, 7, false], ['three', 2, 3, false], ['four', 2, 15, false]]);
});

test('code, URLs, e-mail addresses, quoted titles and proper names are exempt; the first word of a sentence is not', () => {
  const body = 'Young people read `leader` at https://lead.example/x and "Lead Ninja" with Sam Young or ask a@b.example.\n';
  const exempt = prose(body).words.filter((w) => w.exempt).map((w) => w.text);
  assert.deepEqual(exempt, ['https', 'lead.example', 'x', 'Lead', 'Ninja', 'Sam', 'Young', 'a@b.example']);
  assert.equal(prose(body).words[0]?.exempt, false);
});

test('words of headings are marked, and only sentences outside headings are counted', () => {
  const result = prose('## Lead Role\n\nOne sentence here. Another one.\n');
  assert.deepEqual(result.words.map((w) => w.inHeading), [true, true, false, false, false, false, false]);
  assert.equal(result.sentences, 2);
});
