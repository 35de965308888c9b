import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadSettings } from '../../src/settings/load-settings.ts';
import { userSourcePaths } from '../../src/settings/user-sources.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';

test('the paths a preview watches besides content: the settings file, its brand files and its layouts folder', async () => {
  const settingsFile = 'tests/fixtures/brand/careers.config.yaml';
  const { settings, diagnostics } = await loadSettings(settingsFile);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(userSourcePaths(settings, settingsFile), [
    settingsFile,
    join('tests/fixtures/brand', 'brand/logo.svg'),
    join('tests/fixtures/brand', 'brand/favicon.svg'),
    join('tests/fixtures/brand', 'brand/site.css'),
    join('tests/fixtures/brand', 'my-layouts/'),
  ]);
});

test('without a settings file given, the default one is watched (it may be created during the preview)', () => {
  assert.deepEqual(userSourcePaths(DEFAULT_SETTINGS, undefined), ['careers.config.yaml']);
});
