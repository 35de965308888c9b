import assert from 'node:assert/strict';
import { test } from 'node:test';
import { remark } from 'remark';
import { balanceLabel, genderCoding } from '../../src/language/gender-coding.ts';
import { toProse } from '../../src/language/prose.ts';

const options = (eachWord: boolean, allow: string[] = []) => ({ allow: new Set(allow), minReadingEase: 30, eachWord });
const findings = (body: string, eachWord = true, allow: string[] = []) =>
  genderCoding(toProse(remark().parse(body), body).words, options(eachWord, allow)).map((f) => [f.rule, f.at === 'page' ? 'page' : `${f.at.line}:${f.at.column}`, f.message]);

test('the verdict follows Gender Decoder: more than three more masculine words is strongly masculine-coded', () => {
  assert.deepEqual([balanceLabel(0, 0), balanceLabel(2, 2), balanceLabel(3, 1), balanceLabel(5, 1), balanceLabel(1, 3), balanceLabel(0, 4)], ['empty', 'neutral', 'masculine-coded', 'strongly masculine-coded', 'feminine-coded', 'strongly feminine-coded']);
});

test('each coded word is a finding at its column, and the page balance once', () => {
  assert.deepEqual(findings('We want a competitive, self-confident and data-driven person who will support others.\n'), [
    ['language/gender-coded', '1:11', '`competitive` is a masculine-coded word (Gaucher, Friesen & Kay 2011).'],
    ['language/gender-coded', '1:24', '`self-confident` is a masculine-coded word (Gaucher, Friesen & Kay 2011).'],
    ['language/gender-coded', '1:48', '`driven` is a masculine-coded word (Gaucher, Friesen & Kay 2011).'],
    ['language/gender-coded', '1:71', '`support` is a feminine-coded word (Gaucher, Friesen & Kay 2011).'],
    ['language/gender-balance', 'page', 'The page is masculine-coded: 3 masculine-coded and 1 feminine-coded words.'],
  ]);
});

test('without per-word findings, allowed words, headings and known other senses are not counted', () => {
  assert.deepEqual(findings('## Leadership\n\nA competitive, analytical and decisive lead.\n', false), [
    ['language/gender-balance', 'page', 'The page is strongly masculine-coded: 4 masculine-coded and 0 feminine-coded words.'],
  ]);
  assert.deepEqual(findings('A competitive, analytical and decisive lead.\n', false, ['analytical']), [
    ['language/gender-balance', 'page', 'The page is masculine-coded: 3 masculine-coded and 0 feminine-coded words.'],
  ]);
  assert.deepEqual(findings('Update the dependencies of all kinds of confidential services.\n'), []);
  assert.deepEqual(findings('A competitive and decisive person.\n', false), []);
});
