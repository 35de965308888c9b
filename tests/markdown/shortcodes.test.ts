import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveHugoRef } from '../../src/markdown/hugo-ref.ts';
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
