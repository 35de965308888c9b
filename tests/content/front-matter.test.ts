import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFrontMatter } from '../../src/content/front-matter.ts';

const split = (text: string): string => {
  const result = readFrontMatter(text, 'page.md');
  if (!result.ok) return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`).join('\n');
  return JSON.stringify({ data: result.frontMatter.data, body: result.frontMatter.body, bodyLine: result.frontMatter.bodyLine });
};

test('front matter and body are split, and the body knows its first line in the file', () => {
  assert.equal(split('---\ntitle: Engineer\ndate: 2026-01-15\n---\n\nBody\n'), '{"data":{"title":"Engineer","date":"2026-01-15"},"body":"\\nBody\\n","bodyLine":5}');
  assert.equal(split('---\ntitle: Only\n---\n'), '{"data":{"title":"Only"},"body":"","bodyLine":4}');
  assert.equal(split('---\ntitle: Only\n---'), '{"data":{"title":"Only"},"body":"","bodyLine":3}');
  assert.equal(split('--- yaml \ntitle: Named\n---   \nBody'), '{"data":{"title":"Named"},"body":"   \\nBody","bodyLine":3}');
  assert.equal(split('---YAML\ntitle: Named\n---\n'), '{"data":{"title":"Named"},"body":"","bodyLine":4}');
});

test('front matter in another language is refused before anything reads it', () => {
  for (const language of ['js', 'javascript', 'JS', 'coffee', 'coffeescript', 'cson', 'json', 'toml']) {
    assert.equal(split(`---${language}\n{ title: (globalThis.ran = true, "x") }\n---\n`), `1:4 front-matter/language Front matter in "${language}" is not allowed; only YAML is read, and code in content never runs.`);
  }
  assert.equal(split('---  javascript  \n{}\n---\n'), '1:4 front-matter/language Front matter in "javascript" is not allowed; only YAML is read, and code in content never runs.');
  assert.equal((globalThis as { ran?: boolean }).ran, undefined);
});

test('a closing line with text after the dashes is an error, not the start of the body', () => {
  assert.equal(split('---\ntitle: x\n---js\n{ title: 1 }\n---\nBody\n'), '3:4 front-matter/syntax The line that closes the front matter has text after `---`.');
});

test('missing, unclosed and non-map front matter are reported', () => {
  assert.equal(split('# Title\n'), '1:1 front-matter/missing The page has no front matter: it must start with a `---` line.');
  assert.equal(split(' ---\ntitle: x\n---\n'), '1:1 front-matter/missing The page has no front matter: it must start with a `---` line.');
  assert.equal(split('---\ntitle: x\n'), '1:1 front-matter/syntax The front matter is never closed: no `---` line follows the opening one.');
  assert.equal(split('---\n- a\n- b\n---\n'), '2:1 front-matter/not-a-map The front matter must be a set of `key: value` pairs.');
  assert.equal(split('---\njust text\n---\n'), '2:1 front-matter/not-a-map The front matter must be a set of `key: value` pairs.');
});

test('YAML problems point into the file: line 1 of the YAML is file line 2', () => {
  assert.equal(split('---\ntitle: x\ntitle: y\n---\n'), '3:1 front-matter/syntax Invalid YAML: Map keys must be unique');
  assert.equal(split('---\ntitle: !!js/function "f"\n---\n'), '2:8 front-matter/tag The YAML tag `!!js/function` is not allowed; tags can make a YAML reader run code.');
});


test('when the front matter cannot be read, the body is still given where the parts can be told apart', () => {
  const body = (text: string) => {
    const result = readFrontMatter(text, 'page.md');
    return result.ok ? 'ok' : result.body;
  };
  assert.deepEqual(body('---\ntitle: [x\n---\n\nBody\n'), { body: '\nBody\n', bodyLine: 4 });
  assert.deepEqual(body('---\n- a\n---\nBody\n'), { body: 'Body\n', bodyLine: 4 });
  assert.deepEqual(body('---js\n{ title: 1 }\n---\nBody\n'), { body: 'Body\n', bodyLine: 4 });
  assert.deepEqual(body('---\ntitle: x\n---js\nBody\n---\n'), { body: 'Body\n---\n', bodyLine: 4 });
  assert.deepEqual(body('# Title\n'), { body: '# Title\n', bodyLine: 1 });
  assert.equal(body('---\ntitle: x\n'), undefined);
});

test('a quoted value continued without indentation is read, with the warning beside the front matter', () => {
  const result = readFrontMatter('---\ntitle: "Data\nAnalyst"\n---\n', 'page.md');
  assert.ok(result.ok);
  assert.deepEqual(result.frontMatter.data, { title: 'Data Analyst' });
  assert.deepEqual(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`), ['3:1 front-matter/unindented-continuation']);
});
