import { readFileSync } from 'node:fs';
import { readFrontMatter, type FrontMatter } from '../content/front-matter.ts';
import { decodeSource } from '../content/source-text.ts';
import { valuePosition, type PathKey } from '../content/yaml-position.ts';
import { FILE_START, type Position } from '../diagnostics/diagnostic.ts';

/**
 * A page's text as the loader saw it, for the rules that need positions the `Role` model does not
 * keep (a placeholder's column, the line of a front-matter value, what lies between two headings).
 * The front matter is parsed again only when a rule asks for it, which most pages never need.
 */
export interface PageSource {
  readonly text: string;
  /** The file's lines; line N is `lines[N - 1]`. */
  readonly lines: readonly string[];
  /** The file line on which the Markdown body starts. */
  bodyLine(): number;
  /** The front matter as parsed YAML. */
  data(): Readonly<Record<string, unknown>>;
  /** Where the front-matter value at `path` is written (its parent's position when it is missing). */
  valueAt(path: readonly PathKey[]): Position;
}

/** Reads a page's text as the loader does (UTF-8, `\n` line endings); undefined when it no longer reads. */
export function readPageSource(file: string): PageSource | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    // The loader read the page moments ago; a file deleted since then has nothing left to check.
    return undefined;
  }
  return pageSourceFromBytes(bytes, file);
}

/** The same from bytes already read. */
export function pageSourceFromBytes(bytes: Uint8Array, file: string): PageSource | undefined {
  const source = decodeSource(bytes, file);
  if (!source.ok) return undefined;
  const { text } = source;
  let parsed: FrontMatter | undefined;
  let tried = false;
  const frontMatter = (): FrontMatter | undefined => {
    if (!tried) {
      tried = true;
      const split = readFrontMatter(text, file);
      parsed = split.ok ? split.frontMatter : undefined;
    }
    return parsed;
  };
  return {
    text,
    lines: text.split('\n'),
    bodyLine: () => frontMatter()?.bodyLine ?? 1,
    data: () => (frontMatter()?.data ?? {}) as Record<string, unknown>,
    valueAt: (path) => {
      const yaml = frontMatter();
      return yaml === undefined || path.length === 0 ? FILE_START : valuePosition(yaml.document, path, yaml.positionAt);
    },
  };
}

/** The column of a line's first character that is not white space (1 for a blank line). */
export function firstColumn(line: string): number {
  const index = line.search(/\S/);
  return index === -1 ? 1 : index + 1;
}
