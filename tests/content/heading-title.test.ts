import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleFromOpeningHeading } from '../../src/content/heading-title.ts';

const title = (body: string, bodyLine = 1) => titleFromOpeningHeading({ body, bodyLine });

test('the opening heading of any level gives the title, its position and the body after it', () => {
  assert.deepEqual(title('# Creative Lead\n\nText.\n'), { title: 'Creative Lead', at: { line: 1, column: 1 }, rest: { body: '\nText.\n', bodyLine: 2 } });
  assert.deepEqual(title('\n\n  ### Senior Director, Strategy ###\nText', 4), { title: 'Senior Director, Strategy', at: { line: 6, column: 3 }, rest: { body: 'Text', bodyLine: 7 } });
});

test('decoration is dropped: emphasis, links, code marks, Kramdown attributes, HTML', () => {
  assert.equal(title('# **Creative Lead**\n')?.title, 'Creative Lead');
  assert.equal(title('## _Data_ `SQL` [Analyst](/x/) {: #analyst .wide}\n')?.title, 'Data SQL Analyst');
  assert.equal(title('# <a id="top"></a>Field Engineer {#field}\n')?.title, 'Field Engineer');
  assert.equal(title('# Research &amp; Design\n')?.title, 'Research & Design');
});

test('no title when the page does not open with a heading, or the heading is empty', () => {
  assert.equal(title('Text\n# Later heading\n'), undefined);
  assert.equal(title('#NoSpace\n'), undefined);
  assert.equal(title('#\n'), undefined);
  assert.equal(title('\n\n'), undefined);
});

test('an underlined (setext) opening heading gives the title too, and both its lines leave the body', () => {
  assert.deepEqual(title('Creative Lead\n=============\n\nText.\n'), { title: 'Creative Lead', at: { line: 1, column: 1 }, rest: { body: '\nText.\n', bodyLine: 3 } });
  assert.deepEqual(title('\n  **Field** Engineer\n---\nText', 10), { title: 'Field Engineer', at: { line: 11, column: 3 }, rest: { body: 'Text', bodyLine: 13 } });
});

test('no setext title from a list item, a quote, indented code, or text without its underline', () => {
  assert.equal(title('- item\n---\n'), undefined);
  assert.equal(title('> quote\n===\n'), undefined);
  assert.equal(title('    code\n---\n'), undefined);
  assert.equal(title('1. step\n---\n'), undefined);
  assert.equal(title('Just a paragraph.\nAnd another line.\n'), undefined);
  assert.equal(title('Text\n\n---\n'), undefined);
});
