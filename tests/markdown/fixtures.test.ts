import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { processBody } from '../../src/markdown/process-body.ts';
import { assertGoldenFile } from '../helpers/golden.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

// Golden fixtures: tests/fixtures/markdown/<case>/input.md (a body, parsed as content file `<case>/page.md`
// starting on file line 5) gives output.html and result.json (ids, links, levels and findings).
// Regenerate with UPDATE=1 after a deliberate change.
const FIXTURES = join(REPO_ROOT, 'tests/fixtures/markdown');

for (const name of readdirSync(FIXTURES).sort()) {
  test(`markdown fixture: ${name}`, () => {
    const folder = join(FIXTURES, name);
    const input = readFileSync(join(folder, 'input.md'), 'utf8');
    const body = processBody(input, 'Keeper', 5, { pathInContent: `${name}/page.md`, pathPrefix: '/' });
    const result = { sections: body.sections.map((s) => s.id), anchors: body.anchors, levels: body.levels, specialties: body.specialties.map((s) => s.id), links: body.links, rawHtml: body.rawHtml, findings: body.findings };
    // Whatever was replaced before parsing, a position still points at what the author wrote there.
    const lines = input.split('\n');
    const at = (p: { line: number; column: number }): string => lines[p.line - 5]?.slice(p.column - 1) ?? '';
    for (const link of body.links) assert.match(at(link), /^(?:!?\[|<a\s|<img\s|<p\s|\{\{[<%])/i, `link at ${link.line}:${link.column}`);
    for (const finding of [...body.rawHtml, ...body.findings]) assert.match(at(finding), /^(<|\{\{)/, `finding at ${finding.line}:${finding.column}`);
    assert.doesNotMatch(body.html, /\{\{[<%]|[\uE000-\uE002]/);
    const actual = `${JSON.stringify(result, null, 2)}\n`;
    assertGoldenFile(join(folder, 'output.html'), body.html);
    assertGoldenFile(join(folder, 'result.json'), actual);
  });
}
