import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * The sanitiser's schema: GitHub's defaults (no scripts, no event handlers, no `javascript:` or `data:`
 * URLs), but heading ids are kept as they are. The default `user-content-` prefix would break every
 * `#anchor` link; raw HTML never reaches the sanitiser, so no author-written id can clobber the page.
 */
export const sanitizeSchema: Schema = { ...defaultSchema, clobberPrefix: '' };
