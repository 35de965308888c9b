import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkBodyNesting, MAX_NESTING } from '../../src/content/body-limits.ts';

const check = (body: string, bodyLine = 1): string => {
  const found = checkBodyNesting(body, 'page.md', bodyLine);
  return found ? `${found.line}:${found.column} ${found.rule} ${found.message}` : 'ok';
};
const TOO_DEEP = `are nested more than ${MAX_NESTING} levels deep here; the page is not rendered.`;

test('block quotes and lists: fifty levels pass, the fifty-first is reported where it opens', () => {
  assert.equal(MAX_NESTING, 50);
  assert.equal(check(`${'> '.repeat(50)}text`), 'ok');
  assert.equal(check(`intro\n\n${'>'.repeat(10_000)} text`, 5), `7:51 markdown/too-deep Block quotes and lists ${TOO_DEEP}`);
  assert.equal(check(`${'- '.repeat(10_000)}item`), `1:101 markdown/too-deep Block quotes and lists ${TOO_DEEP}`);
  assert.equal(check(`${'1. '.repeat(51)}item`), `1:151 markdown/too-deep Block quotes and lists ${TOO_DEEP}`);
  assert.equal(check(`${'> - '.repeat(26)}item`), `1:101 markdown/too-deep Block quotes and lists ${TOO_DEEP}`);
});

test('lists nested by indentation count two columns a level', () => {
  const list = (levels: number): string => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
  assert.equal(check(list(50)), 'ok');
  assert.equal(check(list(51)), `51:101 markdown/too-deep Block quotes and lists ${TOO_DEEP}`);
});

test('thematic breaks made of many markers are not nesting', () => {
  assert.equal(check(`${'* '.repeat(80)}\n\n${'- '.repeat(80)}\n\n${'_'.repeat(200)}`), 'ok');
});

test('brackets: unmatched openers within a paragraph count; escapes and blank lines do not', () => {
  assert.equal(check(`${'!['.repeat(50)}x${'](y)'.repeat(50)}`), 'ok');
  assert.equal(check(`${'!['.repeat(51)}x${'](y)'.repeat(51)}`), `1:102 markdown/too-deep Brackets ${TOO_DEEP}`);
  assert.equal(check(`${'\\['.repeat(100)}`), 'ok');
  assert.equal(check(Array(100).fill('[unclosed').join('\n\n')), 'ok');
  assert.equal(check(`${'[a] '.repeat(10_000)}`), 'ok', 'many links side by side are flat');
});

test('emphasis: long runs and unclosed openers count, ordinary text does not', () => {
  assert.equal(check(`${'*'.repeat(10_000)}deep${'*'.repeat(10_000)}`), `1:1 markdown/too-deep Emphasis markers ${TOO_DEEP}`);
  assert.equal(check(`${'*_'.repeat(26)}x${'_*'.repeat(26)}`), `1:1 markdown/too-deep Emphasis markers ${TOO_DEEP}`);
  assert.equal(check(`${'*a _b '.repeat(26)}x`), `1:151 markdown/too-deep Emphasis markers ${TOO_DEEP}`);
  assert.equal(check(`${'**bold** and _it_ and ~~gone~~ '.repeat(1000)}`), 'ok');
  assert.equal(check(`${'snake_case_name '.repeat(100)} 5 * 3 * 2 and a/*/b`), 'ok');
  assert.equal(check(Array(100).fill('- *note').join('\n')), 'ok', 'emphasis never reaches across list items');
  assert.equal(check(`Name: ${'_'.repeat(300)}`), 'ok', 'a fill-in line is one run');
});
