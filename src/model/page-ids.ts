/**
 * Ids the layouts put on every page, beside the heading ids of the page body. The layouts and the
 * link checker both read them from here, so a `#main` link can never pass the check yet miss on the page.
 */

/** The skip link's target, on every page (`<main id="main">`). */
export const MAIN_ID = 'main';
/** The "Levels" heading of a role page. */
export const LEVELS_TITLE_ID = 'levels-title';
/** The "On this page" heading of a role page. */
export const TOC_TITLE_ID = 'toc-title';

/** Ids every role page has besides its section ids. */
/** The "Open positions" heading, the target of a role page's apply link. */
export const OPENINGS_TITLE_ID = 'openings-title';
/** The "Hiring steps" heading. */
export const HIRING_TITLE_ID = 'hiring-title';
/** The "About the role" heading put before a body that opens with text. */
export const ABOUT_TITLE_ID = 'about-title';
/** The related roles heading. */
export const RELATED_TITLE_ID = 'related-title';

/** Fixed ids a role page's layout may add besides its section ids; body headings never take them. */
export const ROLE_PAGE_IDS: readonly string[] = [MAIN_ID, LEVELS_TITLE_ID, TOC_TITLE_ID, OPENINGS_TITLE_ID, HIRING_TITLE_ID, ABOUT_TITLE_ID, RELATED_TITLE_ID];

/** Ids the index page has besides one per department. */
export const INDEX_PAGE_IDS: readonly string[] = [MAIN_ID];

/** The id of a department's heading on the index page (`/#dept-engineering`). */
export function departmentHeadingId(departmentId: string): string {
  return `dept-${departmentId}`;
}
