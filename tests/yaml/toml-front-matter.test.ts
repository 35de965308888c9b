import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseToml } from '../../src/yaml/toml-front-matter.ts';
import { keyPosition, valuePosition, type PathKey } from '../../src/yaml/yaml-position.ts';
import type { PositionedYaml } from '../../src/yaml/validate-yaml.ts';

const read = (text: string, firstLine = 1): PositionedYaml => {
  const result = parseToml(text, 'page.md', 'front-matter/syntax', firstLine);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.diagnostics));
  return result.yaml;
};
const problems = (text: string, firstLine = 1): string[] => {
  const result = parseToml(text, 'page.md', 'front-matter/syntax', firstLine);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
};
const at = (yaml: PositionedYaml, path: PathKey[]): string => {
  const { line, column } = valuePosition(yaml.document, path, yaml.positionAt);
  return `${line}:${column}`;
};

const PAGE = [
  'title = "Engineer"', // 1
  'seo.description = "Build things"', // 2
  'tags = ["a", { name = "b", more = [1, 2.5, true] }]', // 3
  '', // 4
  '[[openings]]', // 5
  'id = "berlin"', // 6
  'date_posted = 2026-01-15', // 7
  '', // 8
  '[[openings]]', // 9
  'id = "paris"', // 10
  "  valid_through = '2026-03-01'", // 11
  '[openings.salary]', // 12
  'min = 50_000', // 13
  '"max" = 70000', // 14
  '', // 15
].join('\n');

test('tables, arrays of tables, dotted keys and inline values read into the data YAML would give', () => {
  assert.deepEqual(read(PAGE).data, {
    title: 'Engineer',
    seo: { description: 'Build things' },
    tags: ['a', { name: 'b', more: [1, 2.5, true] }],
    openings: [{ id: 'berlin', date_posted: '2026-01-15' }, { id: 'paris', valid_through: '2026-03-01', salary: { min: 50000, max: 70000 } }],
  });
  assert.deepEqual(read('').data, {});
});

test('every key and value is found where the TOML writes it, shifted to the file line the TOML starts on', () => {
  const yaml = read(PAGE);
  assert.equal(at(yaml, ['title']), '1:9');
  assert.equal(at(yaml, ['seo', 'description']), '2:19');
  assert.equal(at(yaml, ['seo']), '2:1');
  assert.equal(at(yaml, ['tags', 1, 'more', 2]), '3:44');
  assert.equal(at(yaml, ['openings']), '5:1');
  assert.equal(at(yaml, ['openings', 0]), '5:1');
  assert.equal(at(yaml, ['openings', 0, 'date_posted']), '7:15');
  assert.equal(at(yaml, ['openings', 1]), '9:1');
  assert.equal(at(yaml, ['openings', 1, 'valid_through']), '11:19');
  assert.equal(at(yaml, ['openings', 1, 'salary']), '12:1');
  assert.equal(at(yaml, ['openings', 1, 'salary', 'max']), '14:9');
  // A key the TOML lacks is placed at its table, as in YAML.
  assert.equal(at(yaml, ['openings', 1, 'apply_url']), '9:1');
  const key = (path: PathKey[], name: string) => keyPosition(yaml.document, path, name, yaml.positionAt);
  assert.deepEqual(key(['openings', 1], 'valid_through'), { line: 11, column: 3 });
  assert.deepEqual(key(['openings', 1, 'salary'], 'max'), { line: 14, column: 1 });
  assert.deepEqual(key(['seo'], 'description'), { line: 2, column: 5 });
  assert.equal(at(read(PAGE, 2), ['openings', 1, 'valid_through']), '12:19');
});

test('dates and times stay text as written, whatever their TOML kind', () => {
  assert.deepEqual(read('a = 1979-05-27T07:32:00Z\nb = 1979-05-27 07:32:00.999-07:00\nc = 1979-05-27T07:32:00\nd = 2026-01-15\ne = 07:32:00\n').data, {
    a: '1979-05-27T07:32:00Z',
    b: '1979-05-27 07:32:00.999-07:00',
    c: '1979-05-27T07:32:00',
    d: '2026-01-15',
    e: '07:32:00',
  });
});

test('a TOML syntax error is reported where the parser stops', () => {
  assert.deepEqual(problems('title = "x\n', 2), ['2:11 front-matter/syntax Invalid TOML: Unterminated string constant']);
  assert.deepEqual(problems('title = "x"\ntitle = "y"\n', 2), ['3:1 front-matter/syntax Invalid TOML: Defining a key multiple times is invalid']);
  assert.deepEqual(problems('title: x\n', 2), ['2:6 front-matter/syntax Invalid TOML: Unexpected character']);
  assert.deepEqual(problems('[[openings]]\nid = "x"\n[openings]\n'), ['3:2 front-matter/syntax Invalid TOML: Defining a key multiple times is invalid']);
});

test('control characters written as escapes are refused at their value, as in YAML', () => {
  assert.deepEqual(problems('title = "a\\u001bb"\n[x]\n"k\\u007f" = { y = ["\\uFFFE"] }\n', 2), [
    '2:9 file/control-character The value contains the control character U+001B.',
    '4:1 file/control-character The value contains the control character U+007F.',
    '4:20 file/control-character The value contains the control character U+FFFE.',
  ]);
});

test('nesting deeper than YAML allows is refused at the first array too deep', () => {
  assert.deepEqual(problems(`x = ${'['.repeat(65)}${']'.repeat(65)}\n`), ['1:69 front-matter/syntax The TOML nests arrays or inline tables more than 64 levels deep.']);
  assert.deepEqual(read(`x = ${'['.repeat(64)}${']'.repeat(64)}\n`).data !== undefined, true);
  assert.deepEqual(problems(`x = ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, 2), ['2:1 front-matter/syntax The TOML is nested too deeply.']);
});
