import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineLocator } from '../../src/diagnostics/positions.ts';
import { decodeEntities, scanHtml } from '../../src/links/html-scan.ts';

test('scanHtml lists link URLs with their offsets and every id, decoding entities', () => {
  const html = [
    '<!doctype html><html><head>',
    '<link rel="stylesheet" href="/assets/site.css"><link rel="preconnect" href="https://fonts.example">',
    '<script src="/a.js">if (a < b) { x = "<a href=\'/not-a-link\'>"; }</script>',
    '</head><body><main id="main">',
    '<!-- <a href="/commented-out"> -->',
    '<h2 id="levels-title">Levels</h2><a class=x href="/jobs/?a=1&amp;b=2">Jobs</a>',
    "<img alt='>' src='/logo.png'><a href=/bare>bare</a><a name=\"old\">no href</a>",
    '</main></body></html>',
  ].join('\n');
  const scanned = scanHtml(html);
  assert.deepEqual(scanned.links.map((l) => [l.tag, l.url]), [
    ['link', '/assets/site.css'], ['script', '/a.js'], ['a', '/jobs/?a=1&b=2'], ['img', '/logo.png'], ['a', '/bare'],
  ]);
  assert.deepEqual(scanned.ids, ['main', 'levels-title']);
  const locate = lineLocator(html);
  assert.deepEqual(scanned.links.map((l) => locate(l.offset)), [
    { line: 2, column: 24 }, { line: 3, column: 9 }, { line: 6, column: 45 }, { line: 7, column: 14 }, { line: 7, column: 33 },
  ]);
});

test('decodeEntities handles named and numeric references and leaves unknown ones', () => {
  assert.equal(decodeEntities('a&amp;b&#39;c&#x2F;d&quot;&unknown;'), 'a&b\'c/d"&unknown;');
});

test('lineLocator maps offsets to 1-based lines and columns', () => {
  const locate = lineLocator('ab\ncd\n\nef');
  assert.deepEqual([0, 1, 3, 6, 7, 8].map(locate), [
    { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }, { line: 4, column: 2 },
  ]);
});

// A pattern that backtracks would take minutes here; the test's timeout only guards against a hang.
test('unclosed tags and quotes scan without regular-expression backtracking', { timeout: 60_000 }, () => {
  assert.deepEqual(scanHtml(`<a href="x ${'y '.repeat(20_000)}`), { links: [], ids: [] });
  assert.deepEqual(scanHtml(`<div ${'a=b '.repeat(20_000)}`), { links: [], ids: [] });
  assert.equal(scanHtml(`${'<a '.repeat(5_000)}<!-- ${'-'.repeat(10_000)}`).links.length, 0);
});
