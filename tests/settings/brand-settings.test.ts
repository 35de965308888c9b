import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadSettings } from '../../src/settings/load-settings.ts';
import { brandFiles } from '../../src/settings/brand-files.ts';
import { contrast } from '../../src/model/colour-contrast.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-brand-'));
after(() => rmSync(work, { recursive: true, force: true }));
mkdirSync(join(work, 'brand'));
writeFileSync(join(work, 'brand/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(work, 'brand/site.css'), 'h1 { letter-spacing: .01em; }\n');
writeFileSync(join(tmpdir(), 'careers-brand-outside.css'), '');
symlinkSync(join(tmpdir(), 'careers-brand-outside.css'), join(work, 'brand/outside.css'));

let count = 0;
async function load(text: string): Promise<Awaited<ReturnType<typeof loadSettings>>> {
  const file = join(work, `settings-${count++}.yaml`);
  writeFileSync(file, `origin: "https://jobs.example.com"\n${text}`);
  return loadSettings(file);
}
const rows = (loaded: Awaited<ReturnType<typeof loadSettings>>): unknown[] => loaded.diagnostics.map((d) => [d.line, d.column, d.severity, d.rule, d.message, d.hint]);

test('a brand whose files exist and whose colours read well loads without a word', async () => {
  const loaded = await load('brand:\n  logo: brand/logo.svg\n  color: "#0b57d0"\n  accent: "#8a1538"\n  dark: { color: "#8ab4f8", accent: "#f4a3b9" }\n  stylesheet: brand/site.css\nui:\n  open_positions: Offene Stellen\n');
  assert.deepEqual(rows(loaded), []);
  assert.deepEqual(loaded.settings.brand, { logo: 'brand/logo.svg', color: '#0b57d0', accent: '#8a1538', dark: { color: '#8ab4f8', accent: '#f4a3b9' }, stylesheet: 'brand/site.css' });
  assert.deepEqual(loaded.settings.ui, { open_positions: 'Offene Stellen' });
});

test('a colour too light for text is a warning at its value, with a darker one that passes', async () => {
  const loaded = await load('brand:\n  color: "#7aa7ff"\n');
  assert.deepEqual(rows(loaded), [
    [3, 10, 'warning', 'settings/low-contrast', '`brand.color` "#7aa7ff" has a contrast of 2.20:1 against the light card background (#f4f6f8); text needs at least 4.5:1.', 'Use a darker colour, such as "#4f6da6".'],
  ]);
  assert.ok(contrast('#4f6da6', '#f4f6f8') >= 4.5 && contrast('#4f6da6', '#ffffff') >= 4.5);
});

test('a light-mode colour without a dark one is checked in dark mode too', async () => {
  const loaded = await load('brand:\n  color: "#0b57d0"\n');
  assert.deepEqual(rows(loaded), [
    [3, 10, 'warning', 'settings/low-contrast', '`brand.color` "#0b57d0" has a contrast of 2.70:1 against the dark card background (#161b22); text needs at least 4.5:1. It is used in dark mode too, since `brand.dark.color` is not set.', 'Add `dark: { color: "#5489de" }` under `brand`, or choose a colour that reads on both.'],
  ]);
});

test('a dark-mode colour is checked against the dark backgrounds only', async () => {
  const loaded = await load('brand:\n  accent: "#8a1538"\n  dark:\n    accent: "#1a1a1a"\n');
  assert.deepEqual(rows(loaded), [
    [5, 13, 'warning', 'settings/low-contrast', '`brand.dark.accent` "#1a1a1a" has a contrast of 1.00:1 against the dark card background (#161b22); text needs at least 4.5:1.', 'Use a lighter colour, such as "#8d8d8d".'],
  ]);
});

test('files that are missing, outside the repository or of the wrong kind are errors at their values', async () => {
  const loaded = await load('brand:\n  logo: brand/missing.svg\n  favicon: ../favicon.svg\n  stylesheet: brand/outside.css\n');
  assert.deepEqual(rows(loaded).map((row) => (row as unknown[]).slice(0, 5)), [
    [4, 12, 'error', 'settings/invalid', '`brand.favicon`: expected a path relative to the settings file, such as "brand/favicon.svg".'],
  ]);
  const files = await load('brand:\n  logo: brand/missing.svg\n  favicon: brand/logo.svg\n  stylesheet: brand/outside.css\n');
  assert.deepEqual(rows(files).map((row) => (row as unknown[]).slice(0, 5)), [
    [3, 9, 'error', 'settings/missing-file', '`brand.logo` names "brand/missing.svg", which does not exist.'],
    [5, 15, 'error', 'settings/missing-file', '`brand.stylesheet` names "brand/outside.css", which leads outside the folder of the settings file.'],
  ]);
  const kinds = await load('brand:\n  logo: brand/logo.txt\n  color: blue\n');
  assert.deepEqual(rows(kinds).map((row) => (row as unknown[]).slice(0, 5)), [
    [3, 9, 'error', 'settings/invalid', '`brand.logo`: expected an http(s) URL or an image file relative to the settings file (.svg, .png, .jpg, .jpeg, .webp, .gif, .avif), such as "brand/logo.svg".'],
    [4, 10, 'error', 'settings/invalid', '`brand.color`: expected a colour as "#rgb" or "#rrggbb", such as "#0b57d0".'],
  ]);
});

test('a logo URL is used as it is; brand files are copied under fixed names relative to the settings file', () => {
  assert.deepEqual(brandFiles({ logo: 'https://cdn.example.com/logo.png', favicon: 'brand/icon.PNG', stylesheet: 'theme/site.css' }, 'site/careers.config.yaml'), [
    { key: 'favicon', source: join('site', 'brand/icon.PNG'), sitePath: '/assets/brand/favicon.png' },
    { key: 'stylesheet', source: join('site', 'theme/site.css'), sitePath: '/assets/brand/custom.css' },
  ]);
});

test('an unknown UI string is a warning with the key that was probably meant', async () => {
  const loaded = await load('ui:\n  open_position: Offene Stellen\n');
  assert.deepEqual(rows(loaded), [[3, 3, 'warning', 'settings/unknown-key', 'Unknown key `open_position` in `ui`; it is ignored.', 'Did you mean `open_positions`?']]);
});
