import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { HOSTILE, makeWorkDir, runCliFrom, treeDigest } from './hostile-fixtures.ts';

// The build never writes into the content folder: an output folder that is, holds or sits inside it is refused.
const work = makeWorkDir('hostile-output-folder');
let content: Map<string, string>;

before(() => {
  mkdirSync(join(work, 'site'));
  cpSync(join(HOSTILE, 'buildable'), join(work, 'site/content'), { recursive: true });
  content = treeDigest(join(work, 'site/content'));
});
after(() => rmSync(work, { recursive: true, force: true }));

for (const [out, message] of [
  ['site/content', 'careers: --out "site/content" would overwrite the content folder.'],
  ['site', 'careers: --out "site" would overwrite the content folder.'],
  ['site/content/_site', 'careers: --out "site/content/_site" is inside the content folder; choose a folder outside "site/content".'],
] as const) {
  test(`--out ${out} is refused before anything is written`, async () => {
    const result = await runCliFrom(work, ['build', '--content', 'site/content', '--out', out]);
    assert.equal(result.code, 2);
    assert.equal(result.stderr.split('\n')[0], message);
    assert.deepEqual(treeDigest(join(work, 'site/content')), content);
    assert.deepEqual(readdirSync(work), ['site']);
  });
}
