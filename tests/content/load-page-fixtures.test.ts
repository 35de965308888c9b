import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadPage } from '../../src/content/load-page.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import { assertGoldenFile } from '../helpers/golden.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

// Golden fixtures: tests/fixtures/pages/<case>/input.md gives output.html (the rendered body) and
// model.json (the rest of the Role and every diagnostic). Regenerate with UPDATE=1 after a deliberate change.
const FIXTURES = join(REPO_ROOT, 'tests/fixtures/pages');

for (const name of readdirSync(FIXTURES).sort()) {
  test(`page fixture: ${name}`, () => {
    const folder = join(FIXTURES, name);
    const file = `tests/fixtures/pages/${name}/input.md`;
    const { role, diagnostics } = loadPage({ bytes: readFileSync(join(folder, 'input.md')), file, pathInContent: `${name}.md` }, { settings: DEFAULT_SETTINGS, today: '2026-06-01' });
    const { html, ...model } = role ?? { html: '' };
    const actualModel = `${JSON.stringify({ role: role ? model : null, diagnostics }, null, 2)}\n`;
    assertGoldenFile(join(folder, 'output.html'), html);
    assertGoldenFile(join(folder, 'model.json'), actualModel);
  });
}
