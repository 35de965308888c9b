/**
 * The file extensions of Markdown pages, as a regular-expression alternation: Jekyll's defaults (`md`,
 * `markdown`, `mkdown`, `mkdn`, `mkd`) and Hugo's (`md`, `markdown`, `mdown`). Every pattern that
 * recognises a page by its name is built from this one list.
 */
export const MARKDOWN_EXTENSIONS = 'md|markdown|mdown|mkdown|mkdn|mkd';

/** A file name or path that ends in a Markdown extension. */
export const MARKDOWN_FILE = new RegExp(`\\.(?:${MARKDOWN_EXTENSIONS})$`, 'i');
