import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../helpers/run-cli.ts';

const BAD = 'tests/fixtures/cli/bad';

test('check --format json prints only the diagnostics, each at its key or value', async () => {
  const result = await runCli(['check', '--content', BAD, '--format', 'json']);
  assert.equal(result.code, 1);
  const diagnostics = JSON.parse(result.stdout) as { file: string; line: number; column: number; severity: string; rule: string; message: string; hint: string }[];
  // The content rules also run on pages whose front matter has errors; this test is about the front matter.
  assert.deepEqual(diagnostics.filter((d) => !d.rule.startsWith('content/')).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`), [
    `${BAD}/engineering/duplicate-b.md:1:1 error url/duplicate`,
    `${BAD}/malformed-yaml.md:3:34 error front-matter/syntax`,
    `${BAD}/missing-title.md:1:1 error front-matter/required`,
    `${BAD}/no-front-matter.md:1:1 warning front-matter/absent`,
    `${BAD}/unknown-keys.md:3:1 warning front-matter/unknown-key`,
    `${BAD}/unknown-keys.md:9:5 warning front-matter/unknown-key`,
    `${BAD}/wrong-types.md:5:12 error front-matter/type`,
    `${BAD}/wrong-types.md:8:13 error front-matter/type`,
    `${BAD}/wrong-types.md:10:18 error front-matter/type`,
    `${BAD}/wrong-types.md:12:12 error front-matter/type`,
    `${BAD}/wrong-types.md:14:17 error front-matter/type`,
  ]);
  assert.deepEqual(Object.keys(diagnostics[0] ?? {}), ['file', 'line', 'column', 'severity', 'rule', 'message', 'hint']);
  const byPlace = new Map(diagnostics.map((d) => [`${d.file.slice(BAD.length + 1)}:${d.line}`, d]));
  assert.equal(byPlace.get('engineering/duplicate-b.md:1')?.message, `The URL /engineering/same-place/ is also the URL of ${BAD}/engineering/duplicate-a.md.`);
  assert.equal(byPlace.get('unknown-keys.md:3')?.hint, 'Did you mean `summary`?');
  assert.equal(byPlace.get('unknown-keys.md:9')?.message, 'Unknown key `locaton` in `openings[0]`; it is ignored.');
  assert.equal(byPlace.get('unknown-keys.md:9')?.hint, 'Did you mean `locations`?');
  assert.equal(byPlace.get('wrong-types.md:5')?.message, '`levels[0].grade` must be a number, not the text "seven".');
  assert.equal(byPlace.get('wrong-types.md:8')?.message, '`openings[0].remote` must be true or false, not the text "yes".');
  assert.equal(byPlace.get('missing-title.md:1')?.message, '`title` is required.');
});

test('check exits 0 on clean content and prints the summary line', async () => {
  const result = await runCli(['check', '--content', 'tests/fixtures/cli/good']);
  assert.equal(result.code, 0);
  assert.equal(result.stdout, 'Result (2 files): 0 errors, 0 warnings\n');
});

test('check --strict fails on warnings', async () => {
  const result = await runCli(['check', '--content', 'tests/fixtures/pages/bold-headings', '--strict']);
  assert.equal(result.code, 1);
});

test('check rejects an unknown format with exit 2', async () => {
  const result = await runCli(['check', '--format', 'xml']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--format must be one of text, json, junit, gitlab, github; got "xml"\./);
});
