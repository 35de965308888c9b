import { LEVELS_TITLE_ID } from '../src/model/page-ids.ts';
import { basePage } from './base.ts';
import type { Role } from '../src/model/role.ts';
import { jobPosting } from './structured-data/job-posting.ts';
import { occupation } from './structured-data/occupation.ts';
import { departmentPath } from '../src/model/site-paths.ts';
import { html, jsonForScript, trusted, type SafeHtml } from './html.ts';
import { applyCallout, noOpeningsNote, openingsSection } from './openings.ts';
import type { LayoutContext, PageShell } from './page-data.ts';
import { uiText } from './ui-strings.ts';
import { roleFacts } from './role-card.ts';
import { careerLadder, familyLadder, hiringSteps, relatedRoles, tableOfContents, type TocEntry } from './role-sections.ts';
import { ABOUT_TITLE_ID, OPENINGS_TITLE_ID, RELATED_TITLE_ID } from '../src/model/page-ids.ts';

/**
 * One role: title and summary, the apply link and open positions, the career ladder, hiring steps,
 * the body with its table of contents, related roles and "Edit this page". Headings stay in order:
 * the page's h1, then h2 sections, inside which the body's own h2+ headings sit.
 */
export function rolePage(role: Role, context: LayoutContext, { withBody = true }: { readonly withBody?: boolean } = {}): PageShell {
  const { site } = context;
  const ui = (id: Parameters<typeof uiText>[1]): string => uiText(site.settings, id, { department: role.department.name });
  const related = relatedRoles(role, context);
  // A family kept as a folder shows its level pages as the ladder, on its own page and on each level's.
  const family = site.familyByUrl.get(role.url);
  const isFamilyPage = family?.page.url === role.url;
  const ladder = family ? familyLadder(family, role, context, ui('career_ladder')) : role.levels.length > 0 ? careerLadder(role, ui('career_ladder')) : null;
  const facts = roleFacts(role, isFamilyPage ? family : undefined);
  // A family's page has no openings of its own; it must not say "none" while its ladder shows some at a level.
  const levelsOpen = isFamilyPage && family.levels.some((level) => level.role.openings.length > 0);
  const introHeading = hasIntroHeading(role);
  // "Hiring steps" is left out: it sums up the body's own hiring section, which the list already names.
  const toc: TocEntry[] = [
    ...(role.openings.length > 0 ? [{ id: OPENINGS_TITLE_ID, title: ui('open_positions'), depth: 2 }] : []),
    ...(ladder ? [{ id: LEVELS_TITLE_ID, title: ui('career_ladder'), depth: 2 }] : []),
    ...(introHeading ? [{ id: ABOUT_TITLE_ID, title: ui('about_the_role'), depth: 2 }] : []),
    ...role.sections.filter((s) => s.depth <= 3),
    ...(related ? [{ id: RELATED_TITLE_ID, title: ui('more_roles_in'), depth: 2 }] : []),
  ];
  const content = html`<article class="role">
<header class="role-header">
<h1>${role.title}</h1>
${role.summary ? html`<p class="summary">${role.summary}</p>` : null}
${facts.length > 0 ? html`<p class="role-facts">${facts.map((fact) => html`<span>${fact}</span>`)}</p>` : null}
${role.openings.length > 0 ? applyCallout(role, ui('apply')) : levelsOpen ? null : noOpeningsNote(context)}
</header>
${tableOfContents(toc, ui('on_this_page'))}
${role.openings.length > 0 ? openingsSection(role, context) : null}
${ladder || role.hiringProcess.length > 0
  ? html`<div class="at-a-glance">${ladder}${role.hiringProcess.length > 0 ? hiringSteps(role, ui('hiring_steps')) : null}</div>`
  : null}
<div class="role-body">
${introHeading ? html`<h2 id="${ABOUT_TITLE_ID}">${ui('about_the_role')}</h2>\n` : null}${withBody ? trusted(role.html) : null}
</div>
${related}
${editLink(role, site.settings.edit_url, ui('edit_this_page'))}
</article>`;
  return {
    title: role.title,
    description: role.summary,
    path: role.url,
    content,
    // Without the body (the link check's render) the JSON-LD is left out too: it is data, not links, and holds the body.
    ...(withBody ? { head: structuredData(role, context) } : {}),
    breadcrumbs: [
      { title: ui('home'), path: '/' },
      { title: role.department.name, path: departmentPath(role.department.id) },
      ...(family && !isFamilyPage ? [{ title: family.page.title, path: family.page.url }] : []),
    ],
  };
}

/**
 * Whether the page puts an "About the role" heading (`#about-title`) before the body: a body that opens
 * with text would otherwise read as part of the "Hiring steps" section above it.
 */
function hasIntroHeading(role: Role): boolean {
  return role.html.trim() !== '' && !/^\s*<h[1-6][\s>]/.test(role.html);
}

/** A role's page as written to the site. */
export function rolePageHtml(role: Role, context: LayoutContext): string {
  return basePage(rolePage(role, context), context).value;
}

/** An Occupation for every role, and a JobPosting for each open position that can honestly have one. */
function structuredData(role: Role, { site }: LayoutContext): SafeHtml {
  const blocks = [occupation(role)];
  for (const opening of role.openings) {
    const posting = jobPosting(role, opening, site.settings);
    if (posting.ok) blocks.push(posting.data);
  }
  return trusted(blocks.map((data) => html`<script type="application/ld+json">${jsonForScript(data)}</script>`.value).join('\n'));
}

function editLink(role: Role, editUrl: string | undefined, label: string): SafeHtml | null {
  if (!editUrl) return null;
  const href = new URL(role.sourceInContent, editUrl.endsWith('/') ? editUrl : `${editUrl}/`).href;
  return html`<p class="edit"><a href="${href}">${label}</a></p>`;
}
