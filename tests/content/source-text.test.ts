import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeSource, MAX_PAGE_BYTES } from '../../src/content/source-text.ts';
import { describeCharacter } from '../../src/model/characters.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const problem = (input: Uint8Array): string => {
  const result = decodeSource(input, 'page.md');
  return result.ok ? 'ok' : `${result.diagnostic.line}:${result.diagnostic.column} ${result.diagnostic.rule} ${result.diagnostic.message}`;
};

test('text comes out as an editor shows it: no byte-order mark, every line ending a newline', () => {
  assert.deepEqual(decodeSource(bytes([0xef, 0xbb, 0xbf], 'a\r\nb\rc\nd'), 'page.md'), { ok: true, text: 'a\nb\nc\nd' });
  assert.deepEqual(decodeSource(bytes('tab\tstays'), 'page.md'), { ok: true, text: 'tab\tstays' });
});

test('an empty or blank file is reported at its start', () => {
  assert.equal(problem(bytes('')), '1:1 file/empty The file is empty.');
  assert.equal(problem(bytes(' \n\t\r\n')), '1:1 file/empty The file is empty.');
  assert.equal(problem(bytes([0xef, 0xbb, 0xbf])), '1:1 file/empty The file is empty.');
});

test('a file over the size limit is refused before it is decoded', () => {
  assert.equal(MAX_PAGE_BYTES, 1024 * 1024);
  assert.equal(problem(new Uint8Array(10 * 1024 * 1024).fill(0x61)), '1:1 file/too-large The file is 10.0 MB; pages may be at most 1 MB.');
  assert.equal(problem(new Uint8Array(MAX_PAGE_BYTES).fill(0x61)), 'ok');
});

test('the first byte that is not UTF-8 is reported where an editor shows it', () => {
  assert.equal(problem(bytes('ab\ncaf', [0xe9], '\n')), '2:4 file/encoding The file is not valid UTF-8 (first bad byte 0xe9 at line 2, column 4).');
  assert.equal(problem(bytes([0xef, 0xbb, 0xbf], 'x\r\ny\rz', [0x80])), '3:2 file/encoding The file is not valid UTF-8 (first bad byte 0x80 at line 3, column 2).');
  assert.equal(problem(bytes('é€😀', [0xc0, 0x80])), '1:4 file/encoding The file is not valid UTF-8 (first bad byte 0xc0 at line 1, column 4).', 'an overlong NUL');
  assert.equal(problem(bytes('a', [0xed, 0xa0, 0x80])), '1:2 file/encoding The file is not valid UTF-8 (first bad byte 0xed at line 1, column 2).', 'an encoded surrogate');
  assert.equal(problem(bytes('end', [0xe2, 0x82])), '1:4 file/encoding The file is not valid UTF-8 (first bad byte 0xe2 at line 1, column 4).', 'cut off mid-character');
  assert.equal(problem(bytes([0xff, 0xfe], '-')), '1:1 file/encoding The file is not valid UTF-8 (first bad byte 0xff at line 1, column 1).', 'UTF-16');
});

test('control characters that pages and feeds cannot carry are reported at their place', () => {
  assert.equal(problem(bytes('---\ntitle: a\u0000b\n')), '2:9 file/control-character The file contains the control character U+0000.');
  assert.equal(problem(bytes('ok\r\n\u001b[2J')), '2:1 file/control-character The file contains the control character U+001B.');
  assert.equal(problem(bytes('form\ffeed')), '1:5 file/control-character The file contains the control character U+000C.');
  assert.equal(problem(bytes('del\u007f')), '1:4 file/control-character The file contains the control character U+007F.');
  assert.equal(problem(bytes('next\u0085line')), '1:5 file/control-character The file contains the control character U+0085.');
  assert.equal(problem(bytes('non\uffffchar')), '1:4 file/control-character The file contains the control character U+FFFF.');
  assert.equal(problem(bytes('emoji 😀, accents é and a no-break\u00a0space are fine')), 'ok');
});

test('characters are named by code point', () => {
  assert.equal(describeCharacter('\u0000'), 'U+0000');
  assert.equal(describeCharacter('\ud800'), 'U+D800');
});
