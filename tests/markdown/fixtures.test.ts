import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { processBody } from '../../src/markdown/process-body.ts';
import { REPO_ROOT, UPDATE_GOLDEN } from '../helpers/paths.ts';

// Golden fixtures: tests/fixtures/markdown/<case>/input.md (a body, parsed as content file `<case>/page.md`
// starting on file line 5) gives output.html and result.json (ids, links, levels and findings).
// Regenerate with UPDATE=1 after a deliberate change.
const FIXTURES = join(REPO_ROOT, 'tests/fixtures/markdown');

for (const name of readdirSync(FIXTURES).sort()) {
  test(`markdown fixture: ${name}`, () => {
    const folder = join(FIXTURES, name);
    const body = processBody(readFileSync(join(folder, 'input.md'), 'utf8'), 'Keeper', 5, { pathInContent: `${name}/page.md`, pathPrefix: '/' });
    const result = { sections: body.sections.map((s) => s.id), anchors: body.anchors, levels: body.levels, links: body.links, rawHtml: body.rawHtml };
    const actual = `${JSON.stringify(result, null, 2)}\n`;
    if (UPDATE_GOLDEN) {
      writeFileSync(join(folder, 'output.html'), body.html);
      writeFileSync(join(folder, 'result.json'), actual);
      return;
    }
    assert.equal(body.html, readFileSync(join(folder, 'output.html'), 'utf8'));
    assert.equal(actual, readFileSync(join(folder, 'result.json'), 'utf8'));
  });
}
