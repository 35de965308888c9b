/** A file of the user's repository that the site publishes as it is (a brand logo, favicon or stylesheet). */
export interface PublishedFile {
  /** Where to read it: relative to the working directory, or absolute. */
  readonly source: string;
  /** Its site path, such as `/assets/brand/logo.svg`. */
  readonly file: string;
}

/**
 * The layouts a site may replace, by the name of the module in its `layouts` folder (`role.js`), with
 * the function each must export: the same name and arguments as ours in `layouts/`.
 */
export const OVERRIDABLE_LAYOUTS = {
  base: 'basePage',
  index: 'indexPage',
  department: 'departmentPage',
  'not-found': 'notFoundPage',
  role: 'rolePage',
  redirect: 'redirectPage',
} as const;

export type OverridableLayout = keyof typeof OVERRIDABLE_LAYOUTS;

/** What a site takes from its repository besides content and settings: files to publish, and layouts that replace ours. */
export interface UserSources {
  readonly files: readonly PublishedFile[];
  /** The replacing functions, by layout; checked to be functions, typed where they are called. */
  readonly layouts: Readonly<Partial<Record<OverridableLayout, (...args: never[]) => unknown>>>;
}

/** A site that takes nothing from its repository. */
export const NO_USER_SOURCES: UserSources = { files: [], layouts: {} };
