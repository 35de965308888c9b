import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { generateContent } from '../../bench/generate-content.ts';
import { assertSameTree } from '../helpers/files.ts';
import { REPO_ROOT, SHARED_DIR, SKIP_WITHOUT_SHARED } from '../helpers/paths.ts';
import { runSourceCli, type CliResult } from '../helpers/run-cli.ts';
import { COMMAND_HELP, commandHelp, type CommandName } from '../../src/cli/help.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-bin-'));
after(() => rmSync(work, { recursive: true, force: true }));
const env = { ...process.env, SOURCE_DATE_EPOCH: '1780000000' };

/** `bin/careers.js`, the command the npm scripts run: the compiled bundle, no TypeScript loader. */
function runCompiledCli(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(REPO_ROOT, 'bin/careers.js'), ...args], { cwd: REPO_ROOT, env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

test('the compiled CLI builds a site exactly as the source does (parse worker and Eleventy configuration from the bundle)', async () => {
  // 1.2 MB of pages: parsed on two threads, so the bundle's parse worker runs.
  const content = join(work, 'content');
  generateContent(content, 150);
  const args = ['--content', content, '--no-cache'];
  const compiled = await runCompiledCli(['build', ...args, '--out', join(work, 'compiled')]);
  assert.equal(compiled.code, 0, compiled.stderr);
  assert.match(compiled.stderr, /Built 150 roles into /);
  const source = await runSourceCli(['build', ...args, '--out', join(work, 'source')], { env });
  assert.equal(source.code, 0, source.stderr);
  assertSameTree(join(work, 'compiled'), join(work, 'source'));
});

test('the compiled CLI reports content problems as the source does', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const args = ['check', '--content', join(SHARED_DIR as string, 'corpus'), '--format', 'gitlab', '--no-cache'];
  const [compiled, source] = await Promise.all([runCompiledCli(args), runSourceCli(args, { env })]);
  assert.equal(compiled.code, 1);
  assert.deepEqual([compiled.code, compiled.stdout, compiled.stderr], [source.code, source.stdout, source.stderr]);
});

/** Preloaded into each Node process of a run: prints, as it exits, whether it can collect garbage on demand. */
const reportGc = join(work, 'report-gc.mjs');
writeFileSync(reportGc, "process.on('exit', () => process.stderr.write(`gc: ${typeof globalThis.gc}\\n`));\n");
const REPORT_GC = `--import=${pathToFileURL(reportGc).href}`;

test('without the V8 flags the npm scripts pass, the bin starts Node again once with them, and passes on the exit code', async () => {
  const result = await new Promise<CliResult>((resolve) => {
    execFile(process.execPath, [join(REPO_ROOT, 'bin/careers.js'), 'check', '--format', 'xml'], { cwd: REPO_ROOT, env: { ...env, NODE_OPTIONS: REPORT_GC } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /^careers: --format must be one of text, json, junit, gitlab, github; got "xml"\.\n/);
  // The child (which ran the command) had gc, then the parent, which only waited, exited.
  assert.deepEqual(result.stderr.match(/^gc: .*$/gm), ['gc: function', 'gc: undefined']);
});

test('commands that load no site run in the first Node process', async () => {
  const result = await new Promise<CliResult>((resolve) => {
    execFile(process.execPath, [join(REPO_ROOT, 'bin/careers.js'), '--version'], { cwd: REPO_ROOT, env: { ...env, NODE_OPTIONS: REPORT_GC } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
  assert.deepEqual(result, { code: 0, stdout: `${(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`, stderr: 'gc: undefined\n' });
});

test('every command answers --help with its own usage (exit 0), and an unknown option with that usage (exit 2)', async () => {
  for (const command of Object.keys(COMMAND_HELP) as CommandName[]) {
    const help = await runCompiledCli([command, '--help']);
    assert.deepEqual(help, { code: 0, stdout: commandHelp(command), stderr: '' }, command);
    assert.match(help.stdout, new RegExp(`^Usage: careers ${command} `));
    const unknown = await runCompiledCli([command, '--no-such-option']);
    assert.equal(unknown.code, 2, command);
    assert.ok(unknown.stderr.startsWith("careers: Unknown option '--no-such-option'"), command);
    assert.ok(unknown.stderr.endsWith(`\n\n${commandHelp(command)}`), command);
  }
  const overview = await runCompiledCli(['--help']);
  assert.equal(overview.code, 0);
  assert.match(overview.stdout, /^Usage: careers <command> \[options\]\n\nCommands:\n {2}init {5}Sets up a repository for careers: settings, an example role, CI files and \.gitignore lines\n/);
  const unknownCommand = await runCompiledCli(['deploy']);
  assert.equal(unknownCommand.code, 2);
  assert.equal(unknownCommand.stderr, `careers: Unknown command "deploy".\n\n${overview.stdout}`);
});
