import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseYaml } from '../../src/yaml/parse-yaml.ts';

const RULE = 'front-matter/unindented-continuation';
const parse = (text: string, shift = 0): { data?: unknown; found: string[] } => {
  const result = parseYaml(text, 'page.md', 'front-matter/syntax', shift, RULE);
  const found = (result.ok ? result.warnings : result.diagnostics).map((d) => `${d.line}:${d.column} ${d.rule}`);
  return result.ok ? { data: result.yaml.data, found } : { found };
};

test('a double-quoted value continued on an unindented line is folded as libyaml and js-yaml fold it, with a warning there', () => {
  assert.deepEqual(parse('title: Analyst\nsummary: "Analysts here turn numbers into\nadvice that teams act on"\nweight: 2\n'), {
    data: { title: 'Analyst', summary: 'Analysts here turn numbers into advice that teams act on', weight: 2 },
    found: [`3:1 ${RULE}`],
  });
});

test('single quotes too, several lines, blank lines as line breaks, escapes kept, every value that needs it', () => {
  assert.deepEqual(parse("a: 'It''s one\nvalue\nover three'\nb: \"a \\\" quote\nand more\n\nafter a blank\"\n"), {
    data: { a: "It's one value over three", b: 'a " quote and more\nafter a blank' },
    found: [`2:1 ${RULE}`, `5:1 ${RULE}`],
  });
  assert.deepEqual(parse('list:\n  - title: "Lead\nEngineer"\n'), { data: { list: [{ title: 'Lead Engineer' }] }, found: [`3:1 ${RULE}`] });
});

test('the warning goes to the first line that is not indented enough, not to one that is', () => {
  assert.deepEqual(parse('k:\n  v: "one\n     two\nthree"\n'), { data: { k: { v: 'one two three' } }, found: [`4:1 ${RULE}`] });
});

test('positions after a repaired value stay those of the text as written', () => {
  // The tag on line 4 is refused at its written column, although line 3 was indented to parse the value.
  assert.deepEqual(parse('a: "x\ny"\nb: !!js/function f\n'), { found: [`2:1 ${RULE}`, '3:4 front-matter/tag'] });
  assert.deepEqual(parse('a: "x\ny" z\n'), { found: [`2:1 ${RULE}`, '2:4 front-matter/syntax'] });
  assert.deepEqual(parse('\na: "x\ny"\na: 2\n', 3), { found: [`3:1 ${RULE}`, '4:1 front-matter/syntax'] });
});

test('a quote that never closes stays an error where it was', () => {
  assert.deepEqual(parse('title: "abc\nnext: 1\n'), { found: ['3:1 front-matter/syntax'] });
  assert.deepEqual(parse("title: 'abc\nnext: 1\n"), { found: ['3:1 front-matter/syntax'] });
});

test('without the continuation rule (settings files) the strict reading stands', () => {
  const result = parseYaml('name: "a\nb"\n', 'settings.yaml', 'settings/syntax');
  assert.deepEqual(result.ok ? [] : result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`), ['1:9 settings/syntax', '2:1 settings/syntax']);
});

test('the repair is bounded: past 20 values, or in front matter over 64 KB, the strict reading stands', () => {
  const values = (count: number): string => Array.from({ length: count }, (_, i) => `v${i}: "a\nb"`).join('\n');
  assert.equal(parse(`${values(20)}\n`).found.length, 20);
  const past = parse(`${values(21)}\n`).found;
  assert.deepEqual([past.length, past.filter((d) => d.endsWith(RULE)).length, past[20]], [22, 20, '41:8 front-matter/syntax']);
  assert.equal(parse(`${values(1)}\nfiller: "${'x'.repeat(64 * 1024)}"\n`).found.every((d) => d.endsWith('front-matter/syntax')), true);
});
