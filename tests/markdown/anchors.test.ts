import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorTagId } from '../../src/markdown/anchors.ts';
import { processBody } from '../../src/markdown/process-body.ts';

test('an <a> tag without href names a link target by its id or name', () => {
  assert.equal(anchorTagId('<a id="associate-requirements"></a>'), 'associate-requirements');
  assert.equal(anchorTagId("<a name='x1'>"), 'x1');
  assert.equal(anchorTagId('<A ID=plain>'), 'plain');
  assert.equal(anchorTagId('<a id="a" onclick="steal()">'), 'a');
  assert.equal(anchorTagId('<a href="/x" id="a">'), undefined);
  assert.equal(anchorTagId('<a id="has space">'), undefined);
  assert.equal(anchorTagId('<a class="btn">'), undefined);
  assert.equal(anchorTagId('<abbr id="x">'), undefined);
});

test('an anchor keeps only its id; the attributes around it never reach the page', () => {
  const { html, anchors, rawHtml } = processBody('Text <a id="t" onclick="steal()" style="x">here</a> and <a name="t">again</a>.\n', 'X', 1);
  assert.equal(html, '<p>Text <a id="t"></a>here and again.</p>\n');
  assert.deepEqual(anchors, ['t']);
  assert.deepEqual(rawHtml, []);
});

test('an anchor beside a heading of the same id is not written twice', () => {
  const { html, anchors } = processBody('<a id="duties"></a>\n\n## Duties\n', 'X', 1);
  assert.equal(html, '<h2 id="duties">Duties</h2>\n');
  assert.deepEqual(anchors, []);
});
