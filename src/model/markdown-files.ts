/**
 * The file extensions of Markdown pages, as a regular-expression alternation: Jekyll's defaults (`md`,
 * `markdown`, `mkdown`, `mkdn`, `mkd`), Hugo's (`md`, `markdown`, `mdown`) and MDX's (`mdx`, read as
 * Markdown, its code never run). Every pattern that recognises a page by its name is built from this list.
 */
export const MARKDOWN_EXTENSIONS = 'md|markdown|mdown|mkdown|mkdn|mkd|mdx';

/** A file name or path that ends in a Markdown extension. */
export const MARKDOWN_FILE = new RegExp(`\\.(?:${MARKDOWN_EXTENSIONS})$`, 'i');
