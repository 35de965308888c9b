import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseYaml } from '../../src/yaml/parse-yaml.ts';

const parse = (text: string, shift = 0): unknown => {
  const result = parseYaml(text, 'settings.yaml', 'settings/syntax', shift);
  return result.ok ? result.yaml.data : result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
};

test('plain YAML: dates and times stay text, anchors for a few values work', () => {
  assert.deepEqual(parse('date: 2026-01-15\ntime: 12:30\nlist: &l [a, b]\nagain: *l\nyes: yes\n'), { date: '2026-01-15', time: '12:30', list: ['a', 'b'], again: ['a', 'b'], yes: 'yes' });
  assert.deepEqual(parse(''), {});
});

test('every tag is refused where it is written, whatever it would make', () => {
  assert.deepEqual(parse('a: !!js/function "function () {}"\nb: !!js/regexp /x/\nc: !!js/undefined ""\n'), [
    '1:4 front-matter/tag The YAML tag `!!js/function` is not allowed; tags can make a YAML reader run code.',
    '2:4 front-matter/tag The YAML tag `!!js/regexp` is not allowed; tags can make a YAML reader run code.',
    '3:4 front-matter/tag The YAML tag `!!js/undefined` is not allowed; tags can make a YAML reader run code.',
  ]);
  assert.deepEqual(parse('- !!python/object/apply:os.system ["id"]\n- !<tag:yaml.org,2002:python/name:os.system> x\n'), [
    '1:3 front-matter/tag The YAML tag `!!python/object/apply:os.system` is not allowed; tags can make a YAML reader run code.',
    '2:3 front-matter/tag The YAML tag `!<tag:yaml.org,2002:python/name:os.system>` is not allowed; tags can make a YAML reader run code.',
  ]);
  // Standard tags too: !!binary makes bytes, !!set a Set, !!timestamp a Date; none has a use in content.
  assert.deepEqual(parse('a: !!binary aGk=\nb: !!set {x}\nc: &anchor !!timestamp 2001-01-01\nd: !local x\n? !!str key\n: v\n'), [
    '1:4 front-matter/tag The YAML tag `!!binary` is not allowed; tags can make a YAML reader run code.',
    '2:4 front-matter/tag The YAML tag `!!set` is not allowed; tags can make a YAML reader run code.',
    '3:12 front-matter/tag The YAML tag `!!timestamp` is not allowed; tags can make a YAML reader run code.',
    '4:4 front-matter/tag The YAML tag `!local` is not allowed; tags can make a YAML reader run code.',
    '5:3 front-matter/tag The YAML tag `!!str` is not allowed; tags can make a YAML reader run code.',
  ]);
});

test('columns on the first line are shifted by what precedes the YAML there', () => {
  assert.deepEqual(parse('a: !x 1\nb: !y 2', 3), [
    '1:7 front-matter/tag The YAML tag `!x` is not allowed; tags can make a YAML reader run code.',
    '2:4 front-matter/tag The YAML tag `!y` is not allowed; tags can make a YAML reader run code.',
  ]);
});

test('an alias bomb is stopped at its first alias before it expands', () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)];
  assert.deepEqual(parse(levels.join('\n')), ['2:8 front-matter/aliases The YAML could not be expanded: Excessive alias count indicates a resource exhaustion attack']);
});

test('keys that are lists or maps, and control characters written as escapes, are refused', () => {
  assert.deepEqual(parse('? [a, b]\n: c\n'), ['1:3 settings/syntax Invalid YAML: a key must be plain text, not a list or a set of keys.']);
  assert.deepEqual(parse('name: "clear \\e[2J screen"\nnul: "a\\0b"\nsurrogate: "\\ud800"\n'), [
    '1:7 file/control-character The value contains the control character U+001B.',
    '2:6 file/control-character The value contains the control character U+0000.',
    '3:12 file/control-character The value contains the control character U+D800.',
  ]);
});

test('nesting too deep for the parser is refused at a stable place', () => {
  assert.deepEqual(parse(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`), ['1:68 settings/syntax The YAML nests lists or maps more than 64 levels deep.']);
  assert.deepEqual(parse(`a: ${'{b: '.repeat(100)}c${'}'.repeat(100)}`), ['1:260 settings/syntax The YAML nests lists or maps more than 64 levels deep.']);
  // Block nesting needs ever more indentation, so it cannot go deep in a page; the parser's own limit still holds.
  const block = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- `).join('\n');
  const found = parse(block) as string[];
  assert.ok(Array.isArray(found) && found.every((d) => / settings\/syntax The YAML is nested too deeply\.$/.test(d)), String(found));
});

test('syntax errors name the rule given, and every one is reported', () => {
  assert.deepEqual(parse('a: 1\na: 2\nb: [\n'), [
    '2:1 settings/syntax Invalid YAML: Map keys must be unique',
    '4:1 settings/syntax Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ]);
});

test('a key given twice is a syntax error, unless the caller reads repeated keys as Ruby does: the last wins, each earlier one is a warning', () => {
  const text = 'title: First\nlevels:\n  - a\ntitle: Second\nopening:\n  city: Berlin\n  city: Lisbon\n  city: Porto\n';
  assert.deepEqual(parse(text), ['4:1', '7:3', '8:3'].map((at) => `${at} settings/syntax Invalid YAML: Map keys must be unique`));
  const result = parseYaml(text, 'page.md', 'front-matter/syntax', 3, undefined, 'front-matter/duplicate-key');
  assert.ok(result.ok);
  assert.deepEqual(result.yaml.data, { levels: ['a'], title: 'Second', opening: { city: 'Porto' } });
  assert.deepEqual(result.warnings.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`), [
    "1:4 front-matter/duplicate-key The key `title` is given again on line 4; that last value is used, as Ruby's YAML reader (Jekyll, Middleman) uses it, and this one is ignored.",
    "6:3 front-matter/duplicate-key The key `city` is given again on line 8; that last value is used, as Ruby's YAML reader (Jekyll, Middleman) uses it, and this one is ignored.",
    "7:3 front-matter/duplicate-key The key `city` is given again on line 8; that last value is used, as Ruby's YAML reader (Jekyll, Middleman) uses it, and this one is ignored.",
  ]);
  // The document keeps only what is read, so a later check of `title` points at the value used.
  const title = result.yaml.document?.getIn(['title'], true) as { range?: [number, number, number] } | undefined;
  assert.deepEqual(title?.range && result.yaml.positionAt(title.range[0]), { line: 4, column: 8 });
});
