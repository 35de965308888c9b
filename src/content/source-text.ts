import { diagnostic } from '../diagnostics/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** Largest page we read: far above any real job page, small enough that parsing stays quick. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type SourceText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * Turns a file's bytes into the text every later stage reads: UTF-8, no byte-order mark,
 * `\n` line endings (so line and column numbers are the ones an editor shows).
 */
export function decodeSource(bytes: Uint8Array, file: string): SourceText {
  if (bytes.byteLength > MAX_PAGE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return { ok: false, diagnostic: diagnostic('file/too-large', file, { line: 1, column: 1 }, `The file is ${mb} MB; pages may be at most ${MAX_PAGE_BYTES / 1024 / 1024} MB.`) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, diagnostic: diagnostic('file/encoding', file, at, `The file is not valid UTF-8 (first bad byte 0x${bytes[at.offset]?.toString(16).padStart(2, '0') ?? '??'} at line ${at.line}, column ${at.column}).`) };
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { ok: false, diagnostic: diagnostic('file/empty', file, { line: 1, column: 1 }, 'The file is empty.') };
  }
  return { ok: true, text };
}

/** Finds the first byte that breaks UTF-8, as a line and column (columns counted in characters before it). */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; offset: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) break;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      break;
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
    i += length;
  }
  return { line, column, offset: i };
}
