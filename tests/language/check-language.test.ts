import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { remark } from 'remark';
import { checkLanguage } from '../../src/language/check-language.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import { assertGoldenFile } from '../helpers/golden.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';
import { git, makeRepo, page, removeRepo, runCliIn, writeFiles } from '../git/temp-repo.ts';

const FIXTURE = 'tests/fixtures/language';
/** 2026-07-01: after the EU directive's date, so every kind of pay finding shows. */
const ENV = { SOURCE_DATE_EPOCH: '1782864000' };
const ARGS = ['--settings', `${FIXTURE}/careers.config.yaml`, '--no-cache', '--links', 'off'];

for (const format of ['text', 'json']) {
  test(`check --format ${format} reports each kind of wording and opening exactly as tests/fixtures/language/expected.${format}`, async () => {
    const result = await runCli(['check', '--content', `${FIXTURE}/content`, '--format', format, ...ARGS], { env: ENV });
    const golden = join(REPO_ROOT, FIXTURE, `expected.${format}`);
    assert.equal(result.stderr, '');
    assertGoldenFile(golden, result.stdout);
    assert.equal(result.code, 1);
  });
}

test('a clean page with a paid opening gets no wording or pay finding', async () => {
  const result = await runCli(['check', '--content', `${FIXTURE}/clean`, '--format', 'json', ...ARGS], { env: ENV });
  assert.equal(result.stdout, '[]\n');
  assert.equal(result.code, 0);
});

test('rules: turns a wording rule off, and wording.allow drops a word', async () => {
  const json = JSON.parse(readFileSync(join(REPO_ROOT, FIXTURE, 'expected.json'), 'utf8')) as { rule: string; message: string }[];
  assert.equal(json.filter((d) => d.message.includes('`analysis`')).length, 0);
  const off = await runCli(['check', '--content', `${FIXTURE}/content`, '--format', 'json', '--settings', `${FIXTURE}/rules-off.yaml`, '--no-cache', '--links', 'off'], { env: ENV });
  const rules = new Set((JSON.parse(off.stdout) as { rule: string }[]).map((d) => d.rule));
  assert.deepEqual([...rules].sort(), ['language/age-coded', 'language/inconsiderate', 'language/jargon-title', 'language/profanity', 'language/readability']);
});

test('the wording of a site in another language is not checked with English word lists', () => {
  const body = 'He is a young rockstar.\n';
  const tree = remark().parse(body);
  assert.deepEqual(checkLanguage(tree, body, 3, 'page.md', { ...DEFAULT_SETTINGS, language: 'de' }), []);
  assert.deepEqual(checkLanguage(tree, body, 3, 'page.md', DEFAULT_SETTINGS).map((d) => `${d.line}:${d.column} ${d.rule}`), ['3:1 language/inconsiderate', '3:9 language/age-coded', '3:15 language/jargon-title']);
});

test('check --changed-since reports the wording and pay findings of the pages a merge request changed, with their summary line', async () => {
  const settings = 'origin: "https://careers.example.com"\n';
  const repo = makeRepo({ 'careers.config.yaml': settings, 'content/old.md': page('Old', '## Responsibilities\n\n- Coach a young team.\n\n## Requirements\n\n- Know the work.\n') });
  try {
    const opening = 'openings:\n  - id: nyc\n    locations: ["NYC"]\n    apply_url: "https://jobs.example.com/nyc"\n    date_posted: "2025-12-01"\n';
    writeFiles(repo, { 'content/new.md': page('Data Guru', undefined, opening) });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'New role');
    const result = await runCliIn(repo, ['check', '--changed-since', 'HEAD~1', '--no-cache']);
    assert.equal(result.stdout, [
      'content/new.md:2:8 warning language/jargon-title In the title, `Guru` is a jargon title: candidates do not search for it, and it reads as a narrow culture.',
      '    hint: Write "expert" or "specialist", or the real title.',
      'content/new.md:4:5 error openings/pay-transparency Opening "nyc" has no `salary`, but the law requires a pay range in the posting in New York City (Local Law 32 of 2022, in force since 2022-11-01) and New York State (Labor Law § 194-b, in force since 2023-09-17).',
      '    hint: Add `salary: {min, max, currency}` to the opening; where the law allows it and you do, set `pay_range_shared_before_interview: true`. docs/language.md lists the laws.',
      'content/new.md: 1 opening needs a pay range',
      'Result (1 file): 1 error, 1 warning',
      '',
    ].join('\n'));
    assert.equal(result.code, 1);
  } finally {
    removeRepo(repo);
  }
});
