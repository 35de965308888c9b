import { diagnostic } from '../diagnostics/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** Largest page we read: far above any real job page, small enough that parsing stays quick. */
export const MAX_PAGE_BYTES = 1024 * 1024;

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
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    return { ok: false, diagnostic: diagnostic('file/control-character', file, positionOf(text, control.index), `The file contains the control character ${describeCharacter(control[0])}.`) };
  }
  return { ok: true, text };
}

/**
 * Characters that XML 1.0 (feeds, the sitemap) cannot carry even escaped, and that HTML treats as
 * errors: C0 controls but tab and newline, DEL, C1 controls, the non-characters U+FFFE and U+FFFF, and
 * lone surrogates (which only YAML escapes can produce).
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `U+001B`, for messages (the character itself may be invisible or garble a terminal). */
export function describeCharacter(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Finds the first byte that breaks UTF-8, as a line and column (columns counted in characters before it). */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; offset: number } {
  let line = 1;
  let column = 1;
  // Counted as an editor shows the text: no byte-order mark, and CR LF, CR or LF each end a line.
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) break;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      break;
    }
    if (b === 0x0a || b === 0x0d) {
      line++;
      column = 1;
      if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    } else {
      column++;
    }
    i += length;
  }
  return { line, column, offset: i };
}
