import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFrontMatter } from '../../src/content/front-matter.ts';
import { mayUseGfm } from '../../src/markdown/gfm-needed.ts';
import { processBody } from '../../src/markdown/process-body.ts';
import { REPO_ROOT, SHARED_DIR } from '../helpers/paths.ts';

test('each GitHub-flavoured construct is noticed', () => {
  for (const body of ['| a | b |\n|---|---|\n', '~~gone~~', 'note[^1]\n\n[^1]: x', '- [x] done', 'see www.example.com', 'mail jobs@example.com', 'go to https://example.com now', '[ref]: https://example.com']) {
    assert.equal(mayUseGfm(body), true, body);
  }
  for (const body of ['plain *text* and [a link](https://example.com) and <https://example.com>', '## Heading\n\n- item\n']) {
    assert.equal(mayUseGfm(body), false, body);
  }
});

test('pages parsed without GFM give exactly what GFM would give', () => {
  const folders = [join(REPO_ROOT, 'content'), join(REPO_ROOT, 'tests/fixtures/pages'), ...(SHARED_DIR ? [join(SHARED_DIR, 'seeds'), join(SHARED_DIR, 'corpus')] : [])];
  let compared = 0;
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md') || entry.name === 'README.md') continue;
      const split = readFrontMatter(readFileSync(join(entry.parentPath, entry.name), 'utf8'), entry.name);
      if (!split.ok || mayUseGfm(split.frontMatter.body)) continue;
      const page = { pathInContent: entry.name, pathPrefix: '/' };
      assert.deepEqual(processBody(split.frontMatter.body, 'Role', 5, page), processBody(split.frontMatter.body, 'Role', 5, { ...page, alwaysGfm: true }), entry.name);
      compared++;
    }
  }
  assert.ok(compared >= 10, `compared ${compared} pages`);
});
