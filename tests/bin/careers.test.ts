import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { generateContent } from '../../bench/generate-content.ts';
import { assertSameTree } from '../helpers/files.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runSourceCli, type CliResult } from '../helpers/run-cli.ts';
import { COMMAND_HELP, commandHelp, type CommandName } from '../../src/cli/help.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-bin-'));
after(() => rmSync(work, { recursive: true, force: true }));
const env = { ...process.env, SOURCE_DATE_EPOCH: '1780000000' };

/** `bin/careers.js`, the command the npm scripts run: the compiled bundle, no TypeScript loader. */
function runCompiledCli(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(REPO_ROOT, 'bin/careers.js'), ...args], { cwd: REPO_ROOT, env: { ...env, ...extraEnv }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/**
 * Preloaded into a run: prints `worker: <script>` for each worker thread the main thread starts (a
 * TypeScript worker under tsx starts from evaluated code: `worker: eval`). With ONE_THREAD=1 it also
 * makes Node report one core, so the pages are parsed on the main thread.
 */
const reportWorkers = join(work, 'report-workers.mjs');
writeFileSync(reportWorkers, [
  "import os from 'node:os';",
  "import workerThreads from 'node:worker_threads';",
  "import { syncBuiltinESMExports } from 'node:module';",
  "import { writeSync } from 'node:fs';",
  'if (workerThreads.isMainThread) {',
  '  const { Worker } = workerThreads;',
  '  workerThreads.Worker = class extends Worker {',
  "    constructor(script, options) { writeSync(2, `worker: ${options?.eval ? 'eval' : String(script)}\\n`); super(script, options); }",
  '  };',
  "  if (process.env.ONE_THREAD === '1') os.availableParallelism = () => 1;",
  '  syncBuiltinESMExports();',
  '}',
  '',
].join('\n'));
const REPORT_WORKERS = `--import=${pathToFileURL(reportWorkers).href}`;

test('the compiled CLI builds a site exactly as the source does (parse worker and Eleventy configuration from the bundle)', async () => {
  // The pages are parsed on two threads once they hold more than 512 KiB (MIN_PARALLEL_BYTES in
  // src/build/parse-pool.ts). 16 pages (two chunks of 8, one per thread) each with a 36 KiB code
  // block reach that at a fraction of the CPU of 150 plain pages: most rules and the wording checks
  // skip code. The lines the preload prints show that the bundle's parse worker really ran.
  const content = join(work, 'content');
  const line = 'const filler = "the same line, again and again";\n';
  const code = `\n## Example\n\n\`\`\`js\n${line.repeat(Math.ceil((36 * 1024) / line.length))}\`\`\`\n`;
  for (const role of generateContent(content, 16)) appendFileSync(join(content, role.path), code);
  const args = ['--content', content, '--no-cache'];
  // The source is the reference, parsed on the main thread: tests/build/parse-pool.test.ts shows that
  // pages parsed on workers equal pages parsed serially, and a worker under tsx costs two seconds.
  const [compiled, source] = await Promise.all([
    runCompiledCli(['build', ...args, '--out', join(work, 'compiled')], { NODE_OPTIONS: REPORT_WORKERS }),
    runSourceCli(['build', ...args, '--out', join(work, 'source')], { env: { ...env, NODE_OPTIONS: REPORT_WORKERS, ONE_THREAD: '1' } }),
  ]);
  assert.equal(compiled.code, 0, compiled.stderr);
  assert.match(compiled.stderr, /Built 16 roles into /);
  const parseWorker = /^worker: file:\/\/\/.+\/dist\/[0-9a-f]{16}\/parse-worker\.js$/;
  const compiledWorkers = compiled.stderr.match(/^worker: .*$/gm) ?? [];
  assert.equal(compiledWorkers.length, availableParallelism() >= 2 ? 2 : 0, compiled.stderr); // one core: no workers
  for (const worker of compiledWorkers) assert.match(worker, parseWorker);
  assert.equal(source.code, 0, source.stderr);
  assert.deepEqual(source.stderr.match(/^worker: .*$/gm), null, 'the source parsed on the main thread');
  assertSameTree(join(work, 'compiled'), join(work, 'source'));
});

test('the compiled CLI reports content problems as the source does', async () => {
  // Our fixtures, side by side, with errors and warnings of 32 rules: front matter, YAML and pages
  // that try to run code (hostile), content and Markdown rules (formats), the wording and pay checks
  // (language) and broken links (links). Settings of both fixtures that have any.
  const content = join(work, 'problems');
  cpSync(join(REPO_ROOT, 'tests/fixtures/formats/content'), content, { recursive: true });
  cpSync(join(REPO_ROOT, 'tests/fixtures/language/content'), content, { recursive: true });
  cpSync(join(REPO_ROOT, 'tests/fixtures/links/planted'), join(content, 'planted'), { recursive: true });
  cpSync(join(REPO_ROOT, 'tests/fixtures/hostile/content'), join(content, 'hostile'), { recursive: true });
  const settings = join(work, 'problems.config.yaml');
  writeFileSync(settings, `${readFileSync(join(REPO_ROOT, 'tests/fixtures/language/careers.config.yaml'), 'utf8')}${readFileSync(join(REPO_ROOT, 'tests/fixtures/formats/careers.config.yaml'), 'utf8')}`);
  const args = ['check', '--content', content, '--settings', settings, '--format', 'gitlab', '--no-cache'];
  const [compiled, source] = await Promise.all([runCompiledCli(args), runSourceCli(args, { env })]);
  assert.equal(compiled.code, 1);
  assert.equal(new Set((JSON.parse(compiled.stdout) as { check_name: string }[]).map((d) => d.check_name)).size, 32, compiled.stdout);
  assert.deepEqual([compiled.code, compiled.stdout, compiled.stderr], [source.code, source.stdout, source.stderr]);
});

/** Preloaded into each Node process of a run: prints, as it exits, whether it can collect garbage on demand. */
const reportGc = join(work, 'report-gc.mjs');
writeFileSync(reportGc, "process.on('exit', () => process.stderr.write(`gc: ${typeof globalThis.gc}\\n`));\n");
const REPORT_GC = `--import=${pathToFileURL(reportGc).href}`;

test('without the V8 flags the npm scripts pass, the bin starts Node again once with them, and passes on the exit code', async () => {
  const result = await runCompiledCli(['check', '--format', 'xml'], { NODE_OPTIONS: REPORT_GC });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /^careers: --format must be one of text, json, junit, gitlab, github; got "xml"\.\n/);
  // The child (which ran the command) had gc, then the parent, which only waited, exited.
  assert.deepEqual(result.stderr.match(/^gc: .*$/gm), ['gc: function', 'gc: undefined']);
});

test('commands that load no site run in the first Node process', async () => {
  const result = await runCompiledCli(['--version'], { NODE_OPTIONS: REPORT_GC });
  assert.deepEqual(result, { code: 0, stdout: `${(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`, stderr: 'gc: undefined\n' });
});

/** Runs `task` over `items`, at most `limit` at a time; the results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) results[index] = await task(items[index] as T);
  };
  await Promise.all(Array.from({ length: limit }, lane));
  return results;
}

test('every command answers --help with its own usage (exit 0), and an unknown option with that usage (exit 2)', async () => {
  const commands = Object.keys(COMMAND_HELP) as CommandName[];
  // Independent processes: run a few at once.
  const runs = [...commands.flatMap((command) => [[command, '--help'], [command, '--no-such-option']]), ['--help'], ['deploy']];
  const results = await mapLimited(runs, 4, (args) => runCompiledCli(args));
  for (const [n, command] of commands.entries()) {
    const help = results[2 * n] as CliResult;
    assert.deepEqual(help, { code: 0, stdout: commandHelp(command), stderr: '' }, command);
    assert.match(help.stdout, new RegExp(`^Usage: careers ${command} `));
    const unknown = results[2 * n + 1] as CliResult;
    assert.equal(unknown.code, 2, command);
    assert.ok(unknown.stderr.startsWith("careers: Unknown option '--no-such-option'"), command);
    assert.ok(unknown.stderr.endsWith(`\n\n${commandHelp(command)}`), command);
  }
  const [overview, unknownCommand] = results.slice(-2) as [CliResult, CliResult];
  assert.equal(overview.code, 0);
  assert.match(overview.stdout, /^Usage: careers <command> \[options\]\n\nCommands:\n {2}init {5}Sets up a repository for careers: settings, an example role, CI files and \.gitignore lines\n/);
  assert.equal(unknownCommand.code, 2);
  assert.equal(unknownCommand.stderr, `careers: Unknown command "deploy".\n\n${overview.stdout}`);
});
