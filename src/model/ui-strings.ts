import { z } from 'zod';

/**
 * The words the layouts write around the content, in English. A site in another language replaces any
 * of them under `ui:` in the settings; `{department}` is filled in where a text names one.
 */
export const UI_STRINGS = {
  skip_to_content: 'Skip to main content',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  open_positions: 'Open positions',
  apply: 'Apply now',
  on_this_page: 'On this page',
  career_ladder: 'Career ladder',
  hiring_steps: 'Hiring steps',
  about_the_role: 'About the role',
  more_roles_in: 'More roles in {department}',
  edit_this_page: 'Edit this page',
  browse_by_department: 'Browse by department',
  all_departments: 'All departments',
  find_a_role: 'Find a role',
  page_not_found: 'Page not found',
  feed_atom: 'Open positions feed (Atom)',
} as const;

/** The id of one overridable UI text. */
export type UiStringId = keyof typeof UI_STRINGS;

/** What each key means, for the settings JSON Schema and its docs. */
export const UI_STRING_DOCS: Readonly<Record<UiStringId, string>> = {
  skip_to_content: 'The first link on every page, for keyboard and screen-reader users.',
  breadcrumb: 'The accessible name of the breadcrumb trail.',
  home: 'The first breadcrumb, leading to the index.',
  open_positions: 'The heading of a role\'s open positions, and its entry in "On this page".',
  apply: 'The label of the apply buttons.',
  on_this_page: 'The heading of a role page\'s table of contents.',
  career_ladder: 'The heading of a role\'s levels and grades.',
  hiring_steps: 'The heading of a role\'s hiring process.',
  about_the_role: 'The heading put before a body that opens with text.',
  more_roles_in: 'The heading of related roles; `{department}` is the department\'s name.',
  edit_this_page: 'The link to edit a role page (with `edit_url`).',
  browse_by_department: 'The heading of the department links on the index and 404 pages.',
  all_departments: 'The heading of the department links on a department page.',
  find_a_role: 'The heading of the search and filter form.',
  page_not_found: 'The title of the 404 page.',
  feed_atom: 'The footer link to the Atom feed of open positions.',
};

const uiText = z.string().trim().min(1);

/** `ui:` in the settings: any UI text replaced by the site's own; the rest keep the defaults. */
export const UiStringsSchema = z.strictObject(
  Object.fromEntries(Object.keys(UI_STRINGS).map((key) => [key, uiText.optional()])) as Record<UiStringId, z.ZodOptional<typeof uiText>>,
);
