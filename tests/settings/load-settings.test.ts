import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadSettings, noOriginDiagnostic } from '../../src/settings/load-settings.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-settings-'));
after(() => rmSync(work, { recursive: true, force: true }));

function settingsFile(text: string): string {
  const file = join(work, `${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}

test('no settings file: the defaults, no origin and no diagnostics (the build, not the check, warns of the origin)', async () => {
  const cwd = process.cwd();
  process.chdir(work);
  try {
    const loaded = await loadSettings(undefined);
    assert.deepEqual(loaded.settings, DEFAULT_SETTINGS);
    assert.equal(loaded.settings.origin, undefined, 'never a guessed host such as localhost');
    assert.deepEqual(loaded.diagnostics, []);
    const warning = noOriginDiagnostic(undefined);
    assert.deepEqual([warning.file, warning.line, warning.column, warning.severity, warning.rule], ['careers.config.yaml', 1, 1, 'warning', 'settings/no-origin']);
  } finally {
    process.chdir(cwd);
  }
});

test('valid settings are read, and the origin is normalised', async () => {
  const file = settingsFile('name: Acme Careers\norigin: "https://jobs.acme.example/"\npath_prefix: /careers/\nedit_url: https://git.example/acme/careers/-/edit/main/content/\norganization:\n  name: Acme\n');
  const { settings, diagnostics } = await loadSettings(file);
  assert.deepEqual(diagnostics, []);
  assert.equal(settings.name, 'Acme Careers');
  assert.equal(settings.origin, 'https://jobs.acme.example');
  assert.equal(settings.path_prefix, '/careers/');
  assert.equal(settings.organization?.name, 'Acme');
});

test('every mistake in the settings is reported at its line and column', async () => {
  const file = settingsFile('name: Acme\norigin: ftp://jobs.acme.example\npath_prefix: careers\norganisation:\n  name: Acme\nrules:\n  markdown/raw-html: silent\n');
  const { diagnostics, settings } = await loadSettings(file);
  assert.deepEqual(settings, DEFAULT_SETTINGS, 'invalid settings fall back to the defaults');
  assert.deepEqual(diagnostics.map((d) => [d.line, d.column, d.severity, d.rule, d.message]), [
    [4, 1, 'warning', 'settings/unknown-key', 'Unknown key `organisation`; it is ignored.'],
    [2, 9, 'error', 'settings/invalid', '`origin`: expected an http(s) URL such as "https://careers.example.com".'],
    [3, 14, 'error', 'settings/invalid', '`path_prefix`: expected a path that starts and ends with "/", such as "/careers/".'],
    [7, 22, 'error', 'settings/invalid', '`rules.markdown/raw-html` must be one of "off", "warning", "error".'],
  ]);
  assert.equal(diagnostics[0]?.hint, 'Did you mean `organization`?');
});

test('a named settings file that does not exist is an error', async () => {
  const { diagnostics } = await loadSettings(join(work, 'missing.yaml'));
  assert.equal(diagnostics[0]?.rule, 'file/unreadable');
});
