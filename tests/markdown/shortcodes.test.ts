import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveHugoRef } from '../../src/markdown/hugo-ref.ts';
import { processBody } from '../../src/markdown/process-body.ts';
import { replaceShortcodes } from '../../src/markdown/shortcodes.ts';

test('every shortcode is replaced by text of its own length, line by line', () => {
  const body = 'Intro {{< ref "a" >}} and {{% relref \'b.md\' %}}\n{{< toc >}}\n{{% alert title="Mind" %}}\nInside\n{{% /alert %}}\n{{< youtube id >}} tail {{</* note */>}}\n';
  const { text, refs, blocks, findings } = replaceShortcodes(body);
  assert.deepEqual(text.split('\n').map((l) => l.length), body.split('\n').map((l) => l.length));
  assert.doesNotMatch(text, /\{\{|\}\}/);
  assert.deepEqual(refs, ['a', 'b.md']);
  assert.deepEqual(blocks, [{ name: 'alert', open: 3, close: 5, title: 'Mind' }]);
  assert.deepEqual(findings, [
    { line: 6, column: 1, name: 'youtube', problem: 'unknown' },
    { line: 6, column: 25, name: 'note', problem: 'unclosed' },
  ]);
});

test('a shortcode that never ends on its line is reported, and its opening never reaches the page', () => {
  // Long lines of openings: a pattern that backtracked would take minutes here.
  const { text, findings } = replaceShortcodes(`{{< ${' '.repeat(100_000)}\nsee {{% note\n${'{{<a '.repeat(10_000)}`);
  assert.doesNotMatch(text, /\{\{[<%]/);
  assert.deepEqual(findings.slice(0, 3), [
    { line: 1, column: 1, name: '', problem: 'unterminated' },
    { line: 2, column: 5, name: 'note', problem: 'unterminated' },
    { line: 3, column: 1, name: 'a', problem: 'unterminated' },
  ]);
  assert.equal(findings.length, 10_002);
});

test('ref targets resolve the way Hugo resolves them, to site URLs with the path prefix', () => {
  const from = 'job-families/sales/account-executive.md';
  assert.equal(resolveHugoRef('senior#levels', from, '/careers/'), '/careers/job-families/sales/senior/#levels');
  assert.equal(resolveHugoRef('../marketing/_index.md', from, '/'), '/job-families/marketing/');
  assert.equal(resolveHugoRef('/handbook/hiring/interviewing', from, '/'), '/handbook/hiring/interviewing/');
  assert.equal(resolveHugoRef('handbook/hiring/index.md#call', from, '/'), '/handbook/hiring/#call');
  assert.equal(resolveHugoRef('#requirements', from, '/'), '#requirements');
});

test('youtube and vimeo become links to the video (with a warning), figure its image with its caption; without an id or src they are left out', () => {
  const body = [
    '{{< youtube id="w7Ft2ymGmfc" >}}',
    '',
    '{{< vimeo 146022717 >}}',
    '',
    '{{< figure src="ladder.png" caption="The career ladder" link="/ladder/" >}}',
    '',
    'Inline {{< figure "icon.png" alt="Icon" >}} and {{< youtube >}} gone.',
    '',
  ].join('\n');
  const { html, links, findings } = processBody(body, 'X', 10, { pathInContent: 'engineering/backend.md', pathPrefix: '/' });
  assert.equal(html, [
    '<p><a href="https://www.youtube.com/watch?v=w7Ft2ymGmfc">Watch the video on YouTube</a></p>',
    '<p><a href="https://vimeo.com/146022717">Watch the video on Vimeo</a></p>',
    '<p><a href="/ladder/"><img src="/engineering/ladder.png" alt="The career ladder"></a><br>',
    '<em>The career ladder</em></p>',
    '<p>Inline <img src="/engineering/icon.png" alt="Icon"> and gone.</p>',
    '',
  ].join('\n'));
  assert.deepEqual(links.map((l) => `${l.line}:${l.column} ${l.url}`), ['10:1 https://www.youtube.com/watch?v=w7Ft2ymGmfc', '12:1 https://vimeo.com/146022717', '14:1 /ladder/', '14:1 ladder.png', '16:8 icon.png']);
  assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.message}`), [
    '10:1 The Hugo shortcode `youtube` is shown as a link to the video: no video player is embedded in the page.',
    '12:1 The Hugo shortcode `vimeo` is shown as a link to the video: no video player is embedded in the page.',
    '16:49 The Hugo shortcode `youtube` is not supported; it is left out of the page.',
  ]);
});
