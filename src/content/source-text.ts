import { diagnostic } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { positionOf } from '../diagnostics/positions.ts';
import { CONTROL_CHARACTER, describeCharacter } from '../model/characters.ts';

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
    return { ok: false, diagnostic: diagnostic('file/too-large', file, FILE_START, `The file is ${mb} MB; pages may be at most ${MAX_PAGE_BYTES / 1024 / 1024} MB.`) };
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
    return { ok: false, diagnostic: diagnostic('file/empty', file, FILE_START, 'The file is empty.') };
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    return { ok: false, diagnostic: diagnostic('file/control-character', file, positionOf(text, control.index), `The file contains the control character ${describeCharacter(control[0])}.`) };
  }
  return { ok: true, text };
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
