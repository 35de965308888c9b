import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { GENERATED_FILES } from '../../src/docs/generated-files.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

for (const file of GENERATED_FILES) {
  test(`${file.path} is up to date with the code (else run \`npm run docs\`)`, () => {
    const committed = readFileSync(join(REPO_ROOT, file.path), 'utf8');
    assert.ok(committed === file.render(), `${file.path} is out of date: run \`npm run docs\` and commit the result.`);
  });
}

test('docs/rules.md has a section for every rule, with its default severity and fix', () => {
  const doc = readFileSync(join(REPO_ROOT, 'docs/rules.md'), 'utf8');
  assert.match(doc, /\n## content\/placeholder\n\nPlaceholder text is left in the page: `TODO`, `TBD`, `XXX`, `lorem ipsum` or an `_add …_` instruction\.\n\n- Default severity: \*\*warning\*\*\n- Fix: Replace the placeholder with the real text, or remove it\.\n/);
  assert.match(doc, /\| \[`content\/placeholder`\]\(#contentplaceholder\) \| warning \|/);
});
