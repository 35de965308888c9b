import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { assertGoldenFile } from '../helpers/golden.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';
import { git, makeRepo, page, removeRepo, runCliIn, writeFiles } from '../git/temp-repo.ts';

const FIXTURE = 'tests/fixtures/formats';
/** A fixed build date and settings, so nothing in the output depends on the day or on the repository's own settings. */
const ENV = { SOURCE_DATE_EPOCH: '1767225600' };
const ARGS = ['--settings', `${FIXTURE}/careers.config.yaml`, '--no-cache'];

for (const format of ['text', 'json', 'junit', 'gitlab', 'github']) {
  test(`check --format ${format} prints exactly tests/fixtures/formats/expected.${format} and exits 1`, async () => {
    const result = await runCli(['check', '--content', `${FIXTURE}/content`, '--format', format, ...ARGS], { env: ENV });
    const golden = join(REPO_ROOT, FIXTURE, `expected.${format}`);
    assert.equal(result.stderr, '');
    assertGoldenFile(golden, result.stdout);
    assert.equal(result.code, 1);
  });
}

test('the GitLab report has exactly the Code Quality fields GitLab reads', async () => {
  const report = JSON.parse(readFileSync(join(REPO_ROOT, FIXTURE, 'expected.gitlab'), 'utf8')) as Record<string, unknown>[];
  assert.equal(report.length, 14);
  for (const issue of report) {
    assert.deepEqual(Object.keys(issue), ['description', 'check_name', 'fingerprint', 'severity', 'location']);
    assert.match(String(issue['fingerprint']), /^[0-9a-f]{32}$/);
    assert.ok(['minor', 'major'].includes(String(issue['severity'])));
    const location = issue['location'] as { path: string; lines: { begin: number } };
    assert.deepEqual(Object.keys(location), ['path', 'lines']);
    assert.ok(location.path.startsWith(`${FIXTURE}/content/`) && Number.isInteger(location.lines.begin) && location.lines.begin >= 1);
  }
  assert.equal(new Set(report.map((issue) => issue['fingerprint'])).size, report.length);
});

test('check on a clean folder exits 0 in every format', async () => {
  const cases = [['text', 'Result (1 file): 0 errors, 0 warnings\n'], ['json', '[]\n'], ['gitlab', '[]\n'], ['github', '']] as const;
  // Two at a time: each is a whole check of the folder.
  const results = [...await Promise.all(cases.slice(0, 2).map(([format]) => runCli(['check', '--content', `${FIXTURE}/clean`, '--format', format, ...ARGS], { env: ENV })))];
  results.push(...await Promise.all(cases.slice(2).map(([format]) => runCli(['check', '--content', `${FIXTURE}/clean`, '--format', format, ...ARGS], { env: ENV }))));
  for (const [index, [format, expected]] of cases.entries()) assert.deepEqual([results[index]?.code, results[index]?.stdout], [0, expected], format);
});

const repos: string[] = [];
after(() => repos.forEach(removeRepo));

test('check --changed-since reports only files changed since the ref (committed, edited or untracked), with the whole site loaded', async () => {
  const repo = makeRepo({
    'content/engineering/analyst.md': page('Analyst'),
    'content/engineering/untouched.md': page('Untouched', 'TODO: an old placeholder nobody is changing now.\n\n## Responsibilities\n\n- Do.\n\n## Requirements\n\n- Know.\n'),
    'content/product/committed.md': page('Committed'),
  });
  repos.push(repo);
  writeFiles(repo, { 'content/product/committed.md': page('Committed', '## Responsibilities\n\n- TBD\n\n## Requirements\n\n- Know.\n') });
  git(repo, 'commit', '-q', '-am', 'Second version');
  writeFiles(repo, { 'content/product/analyst.md': page('Analyst') });
  const result = await runCliIn(repo, ['check', '--changed-since', 'HEAD~1', '--no-cache']);
  assert.equal(result.stdout, [
    'content/product/analyst.md:2:8 warning content/duplicate-title The title "Analyst" is also the title of content/engineering/analyst.md (/engineering/analyst/).',
    '    hint: Make the titles differ (by team, specialty or level), or remove one page and list its URL in the other\'s `redirect_from`.',
    'content/product/committed.md:7:3 warning content/placeholder Placeholder text "TBD" is left in the page.',
    '    hint: Replace the placeholder with the real text, or remove it.',
    'Result (2 files): 0 errors, 2 warnings',
    '',
  ].join('\n'));
  assert.equal(result.code, 0);
});

test('check --changed-since with an unknown ref, or outside a git repository, is a usage error (exit 2)', async () => {
  const repo = makeRepo({ 'content/a.md': page('A') });
  repos.push(repo);
  const unknown = await runCliIn(repo, ['check', '--changed-since', 'no-such-branch']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^careers: The git ref "no-such-branch" is unknown here/);
  const option = await runCliIn(repo, ['check', '--changed-since', '--output=x']);
  assert.equal(option.code, 2);
  const outside = await runCli(['check', '--content', `${FIXTURE}/clean`, '--changed-since', 'HEAD', '--no-cache', ...ARGS], { env: { ...ENV, GIT_CEILING_DIRECTORIES: REPO_ROOT } });
  assert.equal(outside.code, 2);
  assert.match(outside.stderr, /is not inside a git repository\./);
});

test('the VS Code problem matcher in .vscode/tasks.json reads every finding of the text format', () => {
  // tasks.json is JSON with comments; ours has only whole-line comments.
  const json = readFileSync(join(REPO_ROOT, '.vscode/tasks.json'), 'utf8').split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
  const tasks = (JSON.parse(json) as { tasks: { label: string; problemMatcher: { pattern: { regexp: string } } | [] }[] }).tasks;
  const check = tasks.find((task) => task.label === 'careers: check');
  const pattern = new RegExp(check && !Array.isArray(check.problemMatcher) ? check.problemMatcher.pattern.regexp : 'no matcher');
  const lines = readFileSync(join(REPO_ROOT, FIXTURE, 'expected.text'), 'utf8').split('\n');
  const findings = lines.filter((line) => /^tests\//.test(line));
  assert.equal(findings.length, 14);
  for (const line of findings) assert.match(line, pattern);
  assert.deepEqual(pattern.exec(findings[1] ?? '')?.slice(1), [`${FIXTURE}/content/engineering/data-engineer.md`, '6', '12', 'error', 'front-matter/type', '`levels[0].grade` must be a number, not the text "seven".']);
  for (const line of lines.filter((l) => !/^tests\//.test(l))) assert.doesNotMatch(line, pattern);
});
