import assert from 'node:assert/strict';
import { test } from 'node:test';
import { remark } from 'remark';
import { toProse } from '../../src/language/prose.ts';
import { readability, readingEase } from '../../src/language/readability.ts';

const page = (text: string) => { const body = `${text}\n`; return toProse(remark().parse(body), body); };

test('Flesch reading ease: short words in short sentences read easily; long ones do not', () => {
  assert.equal(readingEase(page('The cat sat on the mat. '.repeat(20))), 116);
  assert.equal(readingEase(page('Organisational considerations necessitate comprehensive documentation. '.repeat(20))), -204);
});

test('a page under a hundred words has no figure, and a page at or above the minimum no finding', () => {
  assert.equal(readingEase(page('Too short to say.')), undefined);
  const options = { allow: new Set<string>(), minReadingEase: 30, eachWord: false };
  assert.deepEqual(readability(page('The cat sat on the mat. '.repeat(20)), options), []);
  assert.deepEqual(readability(page('Organisational considerations necessitate comprehensive documentation. '.repeat(20)), options), [
    { rule: 'language/readability', at: 'page', message: 'The page\'s reading ease is -204 (Flesch), below the site\'s minimum of 30.' },
  ]);
});
