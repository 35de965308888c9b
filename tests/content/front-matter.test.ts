import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFrontMatter } from '../../src/content/front-matter.ts';
import { loadPage } from '../../src/content/load-page.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';

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
  assert.equal(split('---\ntitle: x\nsummary: a: b\n---\n'), '3:10 front-matter/syntax Invalid YAML: Nested mappings are not allowed in compact mappings');
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

const YAML_PAGE = `---
title: "Backend Engineer"
layout: job_page
date: 2026-01-15
levels:
  - title: Senior
    grade: 7
openings:
  - id: berlin
    apply_url: https://example.com/apply
    date_posted: 2026-01-15
    salary: { min: 60000, max: 80000, currency: EUR }
---

Body
`;

const TOML_PAGE = `+++
title = "Backend Engineer"
layout = 'job_page'
date = 2026-01-15

[[levels]]
title = "Senior"
grade = 7

[[openings]]
id = "berlin"
apply_url = "https://example.com/apply"
date_posted = 2026-01-15
salary = { min = 60_000, max = 80000, currency = "EUR" }
+++

Body
`;

const JSON_PAGE = `{
  "title": "Backend Engineer",
  "layout": "job_page",
  "date": "2026-01-15",
  "levels": [{ "title": "Senior", "grade": 7 }],
  "openings": [
    {
      "id": "berlin",
      "apply_url": "https://example.com/apply",
      "date_posted": "2026-01-15",
      "salary": { "min": 60000, "max": 80000, "currency": "EUR" }
    }
  ]
}

Body
`;

test("Hugo's TOML (`+++`) and JSON (`{`) front matter read into the same data as the YAML page", () => {
  const yaml = split(YAML_PAGE);
  assert.equal(yaml, '{"data":{"title":"Backend Engineer","layout":"job_page","date":"2026-01-15","levels":[{"title":"Senior","grade":7}],"openings":[{"id":"berlin","apply_url":"https://example.com/apply","date_posted":"2026-01-15","salary":{"min":60000,"max":80000,"currency":"EUR"}}]},"body":"\\nBody\\n","bodyLine":14}');
  assert.equal(split(TOML_PAGE), yaml.replace('"bodyLine":14', '"bodyLine":16'));
  assert.equal(split(JSON_PAGE), yaml.replace('"bodyLine":14', '"bodyLine":15'));
  assert.equal(split('+++\ntitle = "Only"\n+++'), '{"data":{"title":"Only"},"body":"","bodyLine":3}');
  assert.equal(split('+++  \n+++\nBody'), '{"data":{},"body":"Body","bodyLine":3}');
  assert.equal(split('{\n"title": "Only"\n}'), '{"data":{"title":"Only"},"body":"","bodyLine":3}');
  // Braces inside strings do not close the object; the body starts after the `}` that does.
  assert.equal(split('{\n  "title": "a } b",\n  "o": {\n"a": 1\n}\n}\n# Body\n'), '{"data":{"title":"a } b","o":{"a":1}},"body":"# Body\\n","bodyLine":7}');
});

test('TOML keeps its datetimes as the text written', () => {
  assert.equal(split('+++\ntitle = "x"\ndate = 2024-03-01T09:30:00+01:00\nlastmod = 2024-03-02 10:00:00Z\n+++\n'), '{"data":{"title":"x","date":"2024-03-01T09:30:00+01:00","lastmod":"2024-03-02 10:00:00Z"},"body":"","bodyLine":6}');
});

test('TOML and JSON syntax errors and an unclosed `+++` are reported in the file, with the body still given', () => {
  assert.equal(split('+++\ntitle = "x"\nsummary = \n+++\n'), '3:10 front-matter/syntax Invalid TOML: Unspecified values are invalid');
  assert.equal(split('+++\ntitle: "x"\n+++\n'), '2:6 front-matter/syntax Invalid TOML: Unexpected character');
  assert.equal(split('+++\ntitle = "x"\n'), '1:1 front-matter/syntax The front matter is never closed: no `+++` line follows the opening one.');
  assert.equal(split('{\n  "title": "x",\n  "title": "y"\n}\n'), '3:3 front-matter/syntax Invalid YAML: Map keys must be unique');
  const body = (text: string) => {
    const result = readFrontMatter(text, 'page.md');
    return result.ok ? 'ok' : result.body;
  };
  assert.deepEqual(body('+++\ntitle = [\n+++\n\nBody\n'), { body: '\nBody\n', bodyLine: 4 });
  assert.deepEqual(body('+++\ntitle = "x"\n'), undefined);
  assert.deepEqual(body('{\n  "title": "x\n}\nBody\n'), { body: 'Body\n', bodyLine: 4 });
});

test('a file opening with `{` but with no line that is just `}` has no front matter, as before', () => {
  const missing = '1:1 front-matter/missing The page has no front matter: it must start with a `---` line.';
  assert.equal(split('{ "title": "x" }\n\nBody\n'), missing);
  assert.equal(split('{: .intro}\nBody\n}\n'), missing);
  assert.equal(split('{\n  "title": "x"\n  }\nBody\n'), missing);
  assert.equal(split('+++toml\ntitle = "x"\n+++\n'), missing);
  assert.equal(split(' +++\ntitle = "x"\n+++\n'), missing);
});

test("TOML and JSON control characters are refused as YAML's are", () => {
  assert.equal(split('+++\ntitle = "a\\u001bb"\n+++\n'), '2:9 file/control-character The value contains the control character U+001B.');
  assert.equal(split('{\n  "title": "a\\u001bb"\n}\n'), '2:12 file/control-character The value contains the control character U+001B.');
});

const load = (text: string | Uint8Array) =>
  loadPage({ bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text, file: 'content/engineering/x.md', pathInContent: 'engineering/x.md' }, { settings: DEFAULT_SETTINGS, today: '2026-06-01' });
const frontMatterFindings = (text: string | Uint8Array): string[] =>
  load(text).diagnostics.filter((d) => d.rule.startsWith('front-matter/')).map((d) => `${d.line}:${d.column} ${d.rule} ${d.message} ${d.hint}`);
const BODY = '\nBuild things.\n\n## Responsibilities\n\n- Plan\n\n## Requirements\n\n- SQL\n';

test('a `+++` page and a `{` page load as roles with their title, and no front-matter findings', () => {
  for (const page of [TOML_PAGE, JSON_PAGE]) {
    const loaded = load(page.replace('\nBody\n', BODY));
    assert.equal(loaded.role?.title, 'Backend Engineer');
    assert.deepEqual(loaded.role?.titleAt, { line: 2, column: page === TOML_PAGE ? 9 : 12 });
    assert.deepEqual(loaded.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepEqual(frontMatterFindings(page), []);
  }
});

test('unknown keys in TOML and JSON are placed at the key, with a "did you mean"', () => {
  assert.deepEqual(frontMatterFindings('+++\ntitle = "x"\n  sumary = "y"\n+++\n'), ['3:3 front-matter/unknown-key Unknown key `sumary`; it is ignored. Did you mean `summary`?']);
  assert.deepEqual(frontMatterFindings('+++\ntitle = "x"\n[[openings]]\nid = "a"\napply_url = "https://example.com/"\ndate_posted = 2026-01-01\nvalid_thru = 2026-02-01\n+++\n'), ['7:1 front-matter/unknown-key Unknown key `valid_thru` in `openings[0]`; it is ignored. Did you mean `valid_through`?']);
  assert.deepEqual(frontMatterFindings('{\n  "title": "x",\n    "sumary": "y"\n}\n'), ['3:5 front-matter/unknown-key Unknown key `sumary`; it is ignored. Did you mean `summary`?']);
});

test('a type error inside `[[openings]]` is placed at the value', () => {
  const page = '+++\ntitle = "x"\n[[openings]]\nid = "a"\napply_url = "https://example.com/"\ndate_posted = 2026-01-01\n\n[[openings]]\nid = "b"\napply_url = "https://example.com/"\ndate_posted = 2026-01-01\nvalid_through = "2026-02-30"\nremote = "yes"\n+++\n';
  assert.deepEqual(frontMatterFindings(page), [
    '13:10 front-matter/type `openings[1].remote` must be true or false, not the text "yes". Write `true` or `false`, without quotes.',
    '12:17 front-matter/type `openings[1].valid_through`: expected a date written as YYYY-MM-DD. Correct the value as the message says.',
  ]);
  assert.deepEqual(frontMatterFindings('+++\ntitle = "x"\n[[openings]]\nid = "a"\ndate_posted = 2026-01-01\n+++\n'), ['3:1 front-matter/required `openings[0].apply_url` is required. Add `apply_url:` here.']);
});

test('a TOML page with a byte-order mark and CR LF line endings reads as the same page', () => {
  const plain = load(TOML_PAGE.replace('\nBody\n', BODY));
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TOML_PAGE.replace('\nBody\n', BODY).replace(/\n/g, '\r\n'))]);
  const windows = load(bytes);
  assert.equal(windows.role?.title, 'Backend Engineer');
  assert.deepEqual(windows.role, plain.role);
  assert.deepEqual(frontMatterFindings(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('+++\r\ntitle = "x"\r\n  sumary = "y"\r\n+++\r\n')])), ['3:3 front-matter/unknown-key Unknown key `sumary`; it is ignored. Did you mean `summary`?']);
  assert.deepEqual(frontMatterFindings(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{\r\n  "title": "x",\r\n  "sumary": "y"\r\n}\r\n')])), ['3:3 front-matter/unknown-key Unknown key `sumary`; it is ignored. Did you mean `summary`?']);
});

test("a key given twice in YAML front matter is read as Ruby's reader read it: the last value, with a warning at the earlier line", () => {
  const result = readFrontMatter('---\ntitle: First\nsummary: A\ntitle: Backend Engineer\n---\n\nBody\n', 'page.md');
  assert.ok(result.ok);
  assert.deepEqual(result.frontMatter.data, { summary: 'A', title: 'Backend Engineer' });
  assert.deepEqual(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`), ['2:1 warning front-matter/duplicate-key']);
});

test("a misspelt dialect layout is a warning with the one meant; another engine's layout is accepted without a word", () => {
  const said = (text: string): string[] => loadPage({ bytes: new TextEncoder().encode(text), file: 'page.md', pathInContent: 'engineering/page.md' }, { settings: DEFAULT_SETTINGS, today: '2026-12-02' }).diagnostics.filter((d) => d.rule.startsWith('front-matter/')).map((d) => `${d.line}:${d.column} ${d.rule} ${d.message} | ${d.hint}`);
  assert.deepEqual(said('---\ntitle: x\nlayout: job_pag\n---\n'), ['3:9 front-matter/unknown-layout Unknown layout "job_pag"; the page is read as a job page. | Did you mean `job_page`?']);
  for (const layout of ['job_family_page', 'default', 'page', 'handbook-page-toc']) assert.deepEqual(said(`---\ntitle: x\nlayout: ${layout}\n---\n`), [], layout);
});
