import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { linksCommand } from '../../src/cli/links-command.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';
import { ROUTES, startServer, type TestServer } from '../links/external/test-server.ts';

const PLANTED = 'tests/fixtures/links/planted';
const PLANTED_FILE = `${PLANTED}/engineering/backend-engineer.md`;
// The fixtures' own settings, so the repository's careers.config.yaml does not change the results.
const SETTINGS = ['--settings', 'tests/fixtures/links/default.config.yaml'];

test('links reports the internal link problems, in every format', async () => {
  const result = await runCli(['links', ...SETTINGS, '--content', PLANTED, '--format', 'github', '--no-cache']);
  assert.equal(result.code, 1);
  assert.equal(result.stdout, [
    `::error file=${PLANTED_FILE},line=13,col=13,title=link/missing-page::The link "/engineering/site-reliability-enginer/" leads to no page: the site builds nothing there. Hint: Did you mean /engineering/site-reliability-engineer/?`,
    `::error file=${PLANTED_FILE},line=14,col=30,title=link/missing-fragment::The link "/engineering/site-reliability-engineer/#senior-site-reliabilty-engineer" leads to /engineering/site-reliability-engineer/, which has no heading with the id "senior-site-reliabilty-engineer". Hint: Did you mean /engineering/site-reliability-engineer/#senior-site-reliability-engineer?`,
    `::error file=${PLANTED_FILE},line=19,col=30,title=link/missing-fragment::The link "#staf-backend-engineer" leads to no heading on this page: nothing here has the id "staf-backend-engineer". Hint: Did you mean #staff-backend-engineer?`,
    '',
  ].join('\n'));
  const clean = await runCli(['links', ...SETTINGS, '--content', 'tests/fixtures/cli/good', '--no-cache']);
  assert.deepEqual([clean.code, clean.stdout], [0, 'Result (2 files): 0 errors, 0 warnings\n']);
});

test('check reports link problems in the same JSON as every other problem; --links warn and off let it pass', async () => {
  const strict = await runCli(['check', ...SETTINGS, '--content', PLANTED, '--format', 'json', '--no-cache']);
  assert.equal(strict.code, 1);
  const found = JSON.parse(strict.stdout) as { file: string; line: number; column: number; severity: string; rule: string }[];
  assert.deepEqual(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`), [
    `${PLANTED_FILE}:13:13 error link/missing-page`,
    `${PLANTED_FILE}:14:30 error link/missing-fragment`,
    `${PLANTED_FILE}:19:30 error link/missing-fragment`,
  ]);
  const warn = await runCli(['check', ...SETTINGS, '--content', PLANTED, '--links', 'warn', '--no-cache']);
  assert.equal(warn.code, 0);
  assert.match(warn.stdout, /Result \(3 files\): 0 errors, 3 warnings\n$/);
  const off = await runCli(['check', ...SETTINGS, '--content', PLANTED, '--links', 'off', '--no-cache']);
  assert.deepEqual([off.code, off.stdout], [0, 'Result (3 files): 0 errors, 0 warnings\n']);
});

test('build fails on a broken internal link and writes nothing; --links warn builds the preview', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'links-build-')), 'site');
  const failed = await runCli(['build', ...SETTINGS, '--content', PLANTED, '--out', out, '--no-cache']);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /backend-engineer\.md:13:13 error link\/missing-page /);
  assert.equal(existsSync(out), false);
  const preview = await runCli(['build', ...SETTINGS, '--content', PLANTED, '--out', out, '--links', 'warn', '--no-cache']);
  assert.equal(preview.code, 0, preview.stderr);
  assert.match(preview.stderr, /backend-engineer\.md:13:13 warning link\/missing-page /);
  assert.equal(existsSync(join(out, 'engineering/backend-engineer/index.html')), true);
});

test('a wrong --links, --timeout or --skip is a usage error (exit 2)', async () => {
  // One real run per command proves that the message and exit code 2 reach the user; they stop before any site is loaded, so they run at once.
  const cases = [
    [['build', '--links', 'maybe'], '--links must be one of error, warn, off; got "maybe".'],
    [['check', '--links', 'no'], '--links must be one of error, warn, off; got "no".'],
    [['links', '--format', 'xml'], '--format must be one of text, json, junit, gitlab, github; got "xml".'],
  ] as const;
  const results = await Promise.all(cases.map(([args]) => runCli([...args])));
  for (const [index, [args, message]] of cases.entries()) {
    const result = results[index];
    assert.equal(result?.code, 2, args.join(' '));
    assert.ok(result.stderr.startsWith(`careers: ${message}\n`), result.stderr);
  }
  // The other options of `links` are checked by the same command, called here in this process: each is a UsageError, which the CLI turns into exit 2.
  for (const [args, message] of [
    [['--timeout', 'soon'], '--timeout must be a duration such as 10s, 30m, 12h or 7d; got "soon".'],
    [['--skip', '(unclosed'], '--skip "(unclosed" is not a valid regular expression.'],
    [['--external', '--site', 'no-such-folder'], 'The built site "no-such-folder" is not a folder.'],
  ] as const) {
    await assert.rejects(linksCommand([...args, '--content', join(REPO_ROOT, 'content')]), (error: unknown) => error instanceof UsageError && error.message === message, args.join(' '));
  }
});

describeExternal();

/** `links --external` against a built site whose links all point at a local server. */
function describeExternal(): void {
  let server: TestServer;
  let root: string;
  before(async () => {
    server = await startServer({
      ...ROUTES,
      '/handbook/values/': (_, res) => res.writeHead(200).end(),
      '/team': (_, res) => res.writeHead(404).end(),
    });
    root = mkdtempSync(join(tmpdir(), 'links-external-'));
    mkdirSync(join(root, 'content/engineering'), { recursive: true });
    writeFileSync(join(root, 'careers.config.yaml'), `origin: "${server.origin}"\n`);
    writeFileSync(join(root, 'content/engineering/platform-engineer.md'), [
      '---', 'title: "Platform Engineer"', 'summary: "Runs the platform."', '---', '',
      `Fine: [a page](${server.origin}/ok) and [our values](/handbook/values/).`,
      `Broken: [gone](${server.origin}/gone) and [the team](/team).`,
      `Moved: [old](${server.origin}/moved).`,
      `Skipped: [slow](${server.origin}/never).`, '',
    ].join('\n'));
  });
  after(() => server.close());

  test('links --external checks every external URL of the built site, reports it at its Markdown line, and caches', async () => {
    const content = join(root, 'content');
    const settings = join(root, 'careers.config.yaml');
    const site = join(root, '_site');
    const built = await runCli(['build', '--content', content, '--settings', settings, '--out', site, '--no-cache']);
    assert.equal(built.code, 0, built.stderr);
    const args = ['links', '--external', '--content', content, '--settings', settings, '--site', site, '--cache', join(root, '.cache'), '--skip', '/never$', '--timeout', '2s', '--format', 'json'];
    const first = await runCli(args, { env: { CI: 'true' } });
    assert.equal(first.code, 1, first.stderr);
    assert.equal(first.stderr, '');
    const file = relative(REPO_ROOT, join(content, 'engineering/platform-engineer.md'));
    const found = JSON.parse(first.stdout) as { file: string; line: number; column: number; severity: string; rule: string; message: string; hint: string }[];
    assert.deepEqual(found, [
      { file, line: 7, column: 9, severity: 'error', rule: 'link/external-broken', message: `The link "${server.origin}/gone" is broken: it answers 404.`, hint: 'Update the URL, link to an archived copy, or remove the link.' },
      { file, line: 7, column: 49, severity: 'error', rule: 'link/external-broken', message: `The link "${server.origin}/team" is broken: it answers 404.`, hint: 'Update the URL, link to an archived copy, or remove the link.' },
      { file, line: 8, column: 8, severity: 'warning', rule: 'link/external-redirect', message: `The link "${server.origin}/moved" moved permanently (301) to ${server.origin}/ok.`, hint: `Link to ${server.origin}/ok directly.` },
    ]);
    assert.equal(server.requests.includes('HEAD /never'), false);

    const seen = server.requests.length;
    const second = await runCli(args, { env: { CI: 'true' } });
    assert.deepEqual([second.code, second.stdout], [1, first.stdout]);
    assert.deepEqual(server.requests.slice(seen), [], 'every answer came from the cache');
  });

  test('the settings can name URLs the external check never requests', async () => {
    const settings = join(root, 'skip.config.yaml');
    writeFileSync(settings, `origin: "${server.origin}"\nexternal_links_skip: ["/gone$", "/never$"]\n`);
    const site = join(root, '_site');
    const seen = server.requests.length;
    const result = await runCli(['links', '--external', '--content', join(root, 'content'), '--settings', settings, '--site', site, '--no-cache', '--timeout', '2s', '--format', 'json'], { env: { CI: 'true' } });
    const found = JSON.parse(result.stdout) as { message: string }[];
    assert.deepEqual(found.map((d) => d.message), [`The link "${server.origin}/team" is broken: it answers 404.`, `The link "${server.origin}/moved" moved permanently (301) to ${server.origin}/ok.`]);
    assert.equal(server.requests.slice(seen).some((r) => r.endsWith('/gone') || r.endsWith('/never')), false);
  });
}
