import type { Role } from './role.ts';
import type { SiteModel } from './site-model.ts';

/** Where the build writes the files that are not role pages; the link checker and the sitemap read them here. */
export const SITE_FILES = {
  atomFeed: '/feed.xml',
  jsonFeed: '/feed.json',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  searchIndex: '/search-index.json',
  notFound: '/404.html',
  redirects: '/_redirects',
  rolesJson: '/roles.json',
  stylesheet: '/assets/site.css',
  searchScript: '/assets/search.js',
  minisearch: '/assets/minisearch.js',
  frontMatterSchema: '/schema/front-matter.schema.json',
} as const;

/** The site path of the job-architecture page: every family and level by grade. */
export const JOB_ARCHITECTURE_PATH = '/job-architecture/';

/** The site path of a department's page. */
export function departmentPath(departmentId: string): string {
  return `/departments/${departmentId}/`;
}

/** Site paths of the HTML pages besides role pages: the index, one page per department, and the job architecture. */
export function listingPaths(site: SiteModel): string[] {
  return ['/', ...site.departments.map((group) => departmentPath(group.department.id)), JOB_ARCHITECTURE_PATH];
}

/** Where a role page is written, relative to the site folder. */
export function rolePagePath(role: Pick<Role, 'url'>): string {
  return `${role.url}index.html`;
}
