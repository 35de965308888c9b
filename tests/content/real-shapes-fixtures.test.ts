import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadPage } from '../../src/content/load-page.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import { assertGoldenFile } from '../helpers/golden.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

// Shapes real pages come in that the generator must build as they are (written for these tests, not
// copied): tests/fixtures/real-shapes/<case>/input.md, published at the path in path.txt (else <case>.md).
// expected.txt lists every diagnostic as `line:column rule`, written by hand; model.json and output.html
// are golden files (the Role, or the unpublished one, and the rendered body), regenerated with UPDATE=1.
const FIXTURES = join(REPO_ROOT, 'tests/fixtures/real-shapes');

for (const name of readdirSync(FIXTURES).sort()) {
  test(`real shape: ${name}`, () => {
    const folder = join(FIXTURES, name);
    const file = `tests/fixtures/real-shapes/${name}/input.md`;
    const pathFile = join(folder, 'path.txt');
    const pathInContent = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : `${name}.md`;
    const loaded = loadPage({ bytes: readFileSync(join(folder, 'input.md')), file, pathInContent }, { settings: DEFAULT_SETTINGS, today: '2026-06-01' });
    const expected = readFileSync(join(folder, 'expected.txt'), 'utf8').split('\n').filter((line) => line !== '');
    assert.deepEqual(loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`).sort(), expected.sort());
    const shown = loaded.role ?? loaded.unpublished;
    const { html, ...model } = shown ?? { html: '' };
    const actualModel = `${JSON.stringify({ [loaded.role ? 'role' : 'unpublished']: shown ? model : null, diagnostics: loaded.diagnostics }, null, 2)}\n`;
    assertGoldenFile(join(folder, 'output.html'), html);
    assertGoldenFile(join(folder, 'model.json'), actualModel);
  });
}
