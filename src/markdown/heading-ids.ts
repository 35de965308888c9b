import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ROLE_PAGE_IDS } from '../model/page-ids.ts';

/** The id a heading gets: a Kramdown `{#id}` if the page gave one, else a GitHub-style slug. */
export function headingId(heading: Heading): string | undefined {
  const id = (heading.data as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * remark plugin: gives every heading a stable id, the same slug GitHub and GitLab give it
 * (`## Senior Manager, Support` → `senior-manager-support`), de-duplicated within the page.
 */
export default function remarkHeadingIds() {
  return (tree: Root): void => {
    const slugger = new GithubSlugger();
    // Ids the page layout adds (`#main` for the skip link, …) are taken, so a "## Main" heading gets `main-1`.
    for (const id of ROLE_PAGE_IDS) slugger.slug(id);
    // Ids chosen by the author win, so slugs must not take them first.
    visit(tree, 'heading', (heading: Heading) => {
      const id = headingId(heading);
      if (id) slugger.slug(id);
    });
    visit(tree, 'heading', (heading: Heading) => {
      const id = headingId(heading) ?? (slugger.slug(toString(heading).trim()) || 'section');
      // mdast-util-to-hast copies `hProperties` onto the rendered element.
      heading.data = { ...heading.data, id, hProperties: { id } } as Heading['data'];
    });
  };
}
