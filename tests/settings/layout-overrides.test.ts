import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { toSlashes } from '../../src/diagnostics/file-path.ts';
import { compiledCli } from '../../bin/compile.js';
import { loadSettings } from '../../src/settings/load-settings.ts';
import { loadUserSources } from '../../src/settings/user-sources.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { run } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-layouts-'));
after(() => rmSync(work, { recursive: true, force: true }));
const folder = join(work, 'my-layouts');
mkdirSync(folder);
writeFileSync(join(folder, 'role.js'), 'export function rolePage(role, context) { return context.ours.rolePage(role, context); }\n');
writeFileSync(join(folder, 'index.mjs'), 'export function homePage() { return null; }\n');
writeFileSync(join(folder, 'department.js'), 'export function departmentPage( {\n');
writeFileSync(join(folder, 'footer.js'), 'export const footer = 1;\n');
writeFileSync(join(folder, 'notes.txt'), 'not a module\n');
const settingsFile = join(work, 'careers.config.yaml');
writeFileSync(settingsFile, 'origin: "https://jobs.example.com"\nlayouts: my-layouts/\n');

test('modules named after a layout replace it; every other module is reported at its file', async () => {
  const { settings, diagnostics: settingsDiagnostics } = await loadSettings(settingsFile);
  assert.deepEqual(settingsDiagnostics, []);
  const { sources, diagnostics } = await loadUserSources(settings, settingsFile);
  assert.deepEqual(Object.keys(sources.layouts), ['role']);
  assert.equal(typeof sources.layouts.role, 'function');
  const shown = toSlashes(folder);
  assert.deepEqual(diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.rule, d.message.replace(/: .*$/, ': …')]), [
    [`${shown}/department.js`, 1, 1, 'error', 'layouts/invalid', 'The layout could not be loaded: …'],
    [`${shown}/footer.js`, 1, 1, 'warning', 'layouts/unknown', '"footer.js" replaces none of our layouts, so it is not used.'],
    [`${shown}/index.mjs`, 1, 1, 'error', 'layouts/invalid', 'The layout exports no function `indexPage`, so ours is used.'],
  ]);
  assert.equal(diagnostics[2]?.hint, 'Add `export function indexPage(…)`, with the arguments of ours (see the README).');
});

test('a layouts folder that does not exist is an error at the setting', async () => {
  const file = join(work, 'missing.yaml');
  writeFileSync(file, 'origin: "https://jobs.example.com"\nlayouts: elsewhere/\n');
  const { diagnostics } = await loadSettings(file);
  assert.deepEqual(diagnostics.map((d) => [d.line, d.column, d.rule, d.message]), [[2, 10, 'settings/missing-file', '`layouts` names "elsewhere/", which is not a folder.']]);
  assert.deepEqual((await loadSettings(settingsFile)).settings.brand, {});
});

test('without a layouts folder nothing is imported; brand files are listed for publishing', async () => {
  const { settings } = await loadSettings(settingsFile);
  const { sources, diagnostics } = await loadUserSources({ ...settings, layouts: undefined, brand: { stylesheet: 'brand/site.css' } }, settingsFile);
  assert.deepEqual(sources, { files: [{ source: join(work, 'brand/site.css'), file: '/assets/brand/custom.css' }], layouts: {} });
  assert.deepEqual(diagnostics, []);
});

test('an edited layout module is imported anew even when its modification time did not change (a save within one clock tick)', async () => {
  // Under tsx an import ignores the query that versions the module, so this runs the compiled library in plain Node.
  const library = join(dirname(await compiledCli(REPO_ROOT)), 'index.js');
  const site = mkdtempSync(join(tmpdir(), 'careers-layout-versions-'));
  try {
    mkdirSync(join(site, 'content'));
    mkdirSync(join(site, 'my-layouts'));
    writeFileSync(join(site, 'careers.config.yaml'), 'layouts: my-layouts/\n');
    const module = join(site, 'my-layouts/role.js');
    writeFileSync(module, "export function rolePage() { return 'first'; }\n");
    const script = [
      "import { utimesSync, writeFileSync } from 'node:fs';",
      `import { loadSite } from ${JSON.stringify(pathToFileURL(library).href)};`,
      "const role = async () => (await loadSite({ contentDir: 'content' })).model.sources.layouts.role();",
      // Both versions carry the very same modification time, as two writes within one clock tick do.
      "const stamp = new Date('2026-01-01T00:00:00Z');",
      `utimesSync(${JSON.stringify(module)}, stamp, stamp);`,
      'const first = await role();',
      `writeFileSync(${JSON.stringify(module)}, "export function rolePage() { return 'second'; }\\n");`,
      `utimesSync(${JSON.stringify(module)}, stamp, stamp);`,
      'console.log(JSON.stringify([first, await role()]));',
    ].join('\n');
    const result = await run(['--input-type=module', '--eval', script], { cwd: site });
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, '["first","second"]\n');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
