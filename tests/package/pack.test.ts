// The package as a user gets it: `npm pack`, installed from the tarball into a new project outside
// this repository (so nothing resolves to the repository's node_modules), then used as the README
// says, through `npx`. npx costs half a second of npm start-up each time and then runs the project's
// node_modules/.bin/careers with the same arguments in the same folder: it is used where it shows
// something (that it finds the installed command; as an unprivileged user with a cache of its own),
// and the other runs call that installed command directly.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertSameTree, listFiles } from '../helpers/files.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import type { CliResult } from '../helpers/run-cli.ts';

const NOBODY = 65534;
const SKIP_NOT_ROOT = process.getuid?.() === 0 ? false : 'running as the unprivileged user needs root';
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const work = mkdtempSync(join(tmpdir(), 'careers-pack-'));
// mkdtemp makes the folder 0700; the unprivileged user must be able to reach the project inside.
chmodSync(work, 0o755);
after(() => rmSync(work, { recursive: true, force: true }));
const project = join(work, 'project');

/**
 * The environment of a user's shell: none of the variables `npm test` sets for its scripts (its
 * prefix and configuration would leak into the user's npm), no module path, a build date fixed.
 */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_|^NODE_OPTIONS$|^NODE_PATH$|^INIT_CWD$/i.test(name)));
  return { ...env, SOURCE_DATE_EPOCH: '1780000000', npm_config_update_notifier: 'false', ...extra };
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = userEnv()): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const npx = (args: readonly string[], cwd = project): Promise<CliResult> => run('npx', ['careers', ...args], cwd);
/** The command npx runs: the installed package's bin, linked into the project's node_modules/.bin. */
const careers = (args: readonly string[], cwd = project): Promise<CliResult> => run(join(project, 'node_modules/.bin/careers'), args, cwd);

interface Packed {
  readonly filename: string;
  readonly size: number;
  readonly files: readonly { readonly path: string }[];
}
let packed: Packed;

/**
 * What `npm pack` reads and `prepack` compiles from, copied so that the pack writes its lib/ into the
 * copy: the shared work tree is left as it was, and two packs at once cannot remove each other's lib/.
 */
const PACKAGE_SOURCES = ['package.json', 'package-lock.json', 'tsconfig.json', 'README.md', 'LICENSE', 'bin', 'src', 'layouts', 'schema', 'templates'];

before(async () => {
  const checkout = join(work, 'checkout');
  for (const source of PACKAGE_SOURCES) cpSync(join(REPO_ROOT, source), join(checkout, source), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(checkout, 'node_modules'));
  // `npm pack` runs `prepack`, which compiles the package into lib/.
  const pack = await run('npm', ['pack', '--json', '--loglevel=warn', '--pack-destination', work], checkout);
  assert.equal(pack.code, 0, pack.stderr);
  [packed] = JSON.parse(pack.stdout) as [Packed];
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'careers-site', private: true, type: 'module' }, null, 2)}\n`);
  const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, packed.filename)], project);
  assert.equal(install.code, 0, install.stderr);
});

test('the tarball holds only what runs: the compiled program, its types, layout assets, schemas, templates, README and LICENSE', () => {
  const paths = packed.files.map((file) => file.path);
  const unexpected = paths.filter((path) => !/^(?:LICENSE|README\.md|package\.json|bin\/careers\.js|lib\/.+\.(?:js|d\.ts)|layouts\/assets\/[^/]+|schema\/[^/]+\.schema\.json|templates\/.+\.(?:md|yml|yaml)|templates\/init\/gitignore)$/.test(path));
  assert.deepEqual(unexpected, []);
  for (const path of ['lib/cli.js', 'lib/index.js', 'lib/index.d.ts', 'lib/eleventy.js', 'lib/eleventy.d.ts', 'schema/settings.schema.json', 'templates/role.md', 'templates/init/gitlab-ci.yml', 'LICENSE']) {
    assert.ok(paths.includes(path), path);
  }
});

test('npx careers --version works, and so does --help; an unknown option shows that command\'s usage (exit 2)', async () => {
  const [version, help, unknown] = await Promise.all([npx(['--version']), careers(['build', '--help']), careers(['build', '--colour'])]);
  assert.deepEqual(version, { code: 0, stdout: `${VERSION}\n`, stderr: '' });
  assert.equal(help.code, 0, help.stderr);
  assert.match(help.stdout, /^Usage: careers build \[options\]\n\nChecks the content and internal links, then writes the site\./);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^careers: Unknown option '--colour'.*\n\nUsage: careers build \[options\]\n/s);
});

test('careers init sets the project up, a second init changes nothing, and the site builds and checks from the installed package alone', async () => {
  const installed = listFiles(join(project, 'node_modules/careers'));
  const first = await careers(['init']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^Created careers\.config\.yaml\n/);
  const afterFirst = join(work, 'after-first-init');
  mkdirSync(afterFirst);
  for (const file of ['careers.config.yaml', '.gitlab-ci.yml', '.github/workflows/careers.yml', '.gitignore', 'content/engineering/software-engineer.md']) {
    mkdirSync(join(afterFirst, file, '..'), { recursive: true });
    writeFileSync(join(afterFirst, file), readFileSync(join(project, file)));
  }
  const second = await careers(['init']);
  assert.equal(second.code, 0, second.stderr);
  assert.doesNotMatch(second.stdout.trimEnd(), /^(?!Kept )/m, 'every line says what was kept');
  for (const file of listFiles(afterFirst)) assert.equal(readFileSync(join(project, file), 'utf8'), readFileSync(join(afterFirst, file), 'utf8'), file);

  const build = await careers(['build']);
  assert.equal(build.code, 0, build.stderr);
  assert.match(build.stderr, /Built 1 role into _site\/ in /);
  for (const file of ['index.html', 'engineering/software-engineer/index.html', 'assets/site.css', 'assets/search.js', 'search-index.json']) {
    assert.ok(existsSync(join(project, '_site', file)), file);
  }
  const check = await careers(['check', '--format', 'json']);
  assert.equal(check.code, 0, check.stderr);
  assert.deepEqual((JSON.parse(check.stdout) as { file: string; rule: string }[]).map((d) => `${d.file} ${d.rule}`), [], 'check is clean (only build warns about a missing origin)');
  // Nothing was compiled or written inside the installed package.
  assert.deepEqual(listFiles(join(project, 'node_modules/careers')), installed);
});

test('the built site has the search library the search script loads', () => {
  assert.ok(existsSync(join(project, '_site/assets/minisearch.js')));
});

test('content anywhere in the repository: --content and --settings, with diagnostics named from the working directory', async () => {
  const families = join(project, 'handbook/job-families');
  mkdirSync(families, { recursive: true });
  writeFileSync(join(families, 'analyst.md'), '---\ntitle: "Data Analyst"\nsumary: "Typo in the key."\n---\n\n## Responsibilities\n\n- Look at data.\n\n## Requirements\n\n- Curiosity.\n');
  // Each keeps its page cache in its own working folder, so the two can run at once.
  const [fromRoot, fromBelow] = await Promise.all([
    careers(['check', '--content', 'handbook/job-families', '--format', 'json']),
    careers(['check', '--content', 'job-families', '--settings', '../careers.config.yaml', '--format', 'json'], join(project, 'handbook')),
  ]);
  assert.equal(fromRoot.code, 0, fromRoot.stderr);
  assert.deepEqual((JSON.parse(fromRoot.stdout) as { file: string; line: number; rule: string }[]).map((d) => `${d.file}:${d.line} ${d.rule}`), ['handbook/job-families/analyst.md:3 front-matter/unknown-key']);
  assert.deepEqual((JSON.parse(fromBelow.stdout) as { file: string }[]).map((d) => d.file), ['job-families/analyst.md']);
  rmSync(join(project, 'handbook'), { recursive: true });
});

test('the library API, the Eleventy plugin and the JSON Schemas import from the installed package', async () => {
  const script = [
    "const careers = await import('careers');",
    "const { ok, diagnostics } = await careers.checkSite({ contentDir: 'content' });",
    "const plugin = (await import('careers/eleventy')).default;",
    "const schema = (await import('careers/schema/settings.schema.json', { with: { type: 'json' } })).default;",
    "console.log(JSON.stringify({ api: ['buildSite', 'checkSite', 'loadSite'].map((name) => typeof careers[name]), ok, rules: diagnostics.map((d) => d.rule), plugin: typeof plugin, schema: typeof schema.properties.origin }));",
  ].join('\n');
  const result = await run(process.execPath, ['--input-type=module', '--eval', script], project);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), { api: ['function', 'function', 'function'], ok: true, rules: [], plugin: 'function', schema: 'object' });
});

test('the package\'s type declarations type a TypeScript user of the library and the plugin', async () => {
  writeFileSync(join(project, 'use.ts'), [
    "import { checkSite, type CheckResult, type Diagnostic, type Role, type Settings } from 'careers';",
    "import careersPlugin from 'careers/eleventy';",
    "const result: CheckResult = await checkSite({ contentDir: 'content' });",
    'const first: Diagnostic | undefined = result.diagnostics[0];',
    'export const line: number | undefined = first?.line;',
    "export type Name = Settings['name'];",
    'export const plugin: typeof careersPlugin = careersPlugin;',
    "// @ts-expect-error a role's title is a string: the types are there, not `any`",
    "export const wrong: Role['title'] = 1;",
    '// @ts-expect-error checkSite knows its options',
    "await checkSite({ contentFolder: 'content' });",
    '',
  ].join('\n'));
  const options = { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['use.ts'] }));
  // The repository's TypeScript, as a tool: what it type-checks resolves `careers` in the project.
  const tsc = await run(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], project);
  assert.deepEqual(tsc, { code: 0, stdout: '', stderr: '' });
  rmSync(join(project, 'use.ts'));
  rmSync(join(project, 'tsconfig.json'));
});

test('the same build runs as an unprivileged user with node_modules read-only', { skip: SKIP_NOT_ROOT }, async () => {
  const own = join(work, 'nobody');
  mkdirSync(own);
  chownSync(own, NOBODY, NOBODY);
  chmodSync(join(project, 'node_modules'), 0o555);
  const readOnly = await run('chmod', ['-R', 'a-w', join(project, 'node_modules')], project);
  assert.equal(readOnly.code, 0, readOnly.stderr);
  try {
    // npx keeps its own cache and logs under the user's home, which nobody's (/nonexistent) is not.
    const env = userEnv({ HOME: own, npm_config_cache: join(own, '.npm') });
    const args = ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', 'npx', 'careers', 'build', '--out', join(own, '_site'), '--cache', join(own, '.careers-cache')];
    const build = await run('setpriv', args, project, env);
    assert.equal(build.code, 0, build.stderr);
    assert.match(build.stderr, /Built 1 role into .*_site\/ in /);
    assertSameTree(join(own, '_site'), join(project, '_site'));
  } finally {
    await run('chmod', ['-R', 'u+w', join(project, 'node_modules')], project);
  }
});
