import type { PositionedYaml } from '../yaml/validate-yaml.ts';
import { valuePosition, type PathKey } from '../yaml/yaml-position.ts';
import { FILE_START, type Position } from '../diagnostics/diagnostic.ts';

/**
 * A page's text as the loader saw it, for the rules that need positions the `Role` model does not
 * keep (a placeholder's column, the line of a front-matter value, what lies between two headings).
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

/** The page source of text the loader has already decoded and split, so no rule reads or parses it again. */
export function pageSource(text: string, frontMatter: PositionedYaml & { readonly bodyLine: number }): PageSource {
  return {
    text,
    lines: text.split('\n'),
    bodyLine: () => frontMatter.bodyLine,
    data: () => frontMatter.data as Record<string, unknown>,
    valueAt: (path) => (path.length === 0 ? FILE_START : valuePosition(frontMatter.document, path, frontMatter.positionAt)),
  };
}

/** The column of a line's first character that is not white space (1 for a blank line). */
export function firstColumn(line: string): number {
  const index = line.search(/\S/);
  return index === -1 ? 1 : index + 1;
}
