import type { Level, Role } from '../src/model/role.ts';
import { html, trusted, type SafeHtml } from '../src/site/html.ts';
import type { LayoutContext, PageShell } from './page-data.ts';

/** One role: title, summary, levels with grades, table of contents, the full body, and "Edit this page". */
export function rolePage(role: Role, context: LayoutContext): PageShell {
  const { site } = context;
  const editUrl = site.settings.edit_url ? new URL(role.sourceInContent, site.settings.edit_url.endsWith('/') ? site.settings.edit_url : `${site.settings.edit_url}/`).href : undefined;
  const toc = role.sections.filter((s) => s.depth <= 3);
  const content = html`<article class="role">
<header class="role-header">
<p class="department">${role.department.name}</p>
<h1>${role.title}</h1>
${role.summary ? html`<p class="summary">${role.summary}</p>` : null}
</header>
${role.levels.length > 0 ? levelsBlock(role.levels) : null}
${toc.length > 1
  ? html`<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">On this page</h2><ol>${toc.map((s) => html`<li class="toc-depth-${s.depth}"><a href="#${s.id}">${s.title}</a></li>`)}</ol></nav>`
  : null}
<div class="role-body">
${trusted(role.html)}
</div>
${editUrl ? html`<p class="edit"><a href="${editUrl}">Edit this page</a></p>` : null}
</article>`;
  return {
    title: role.title,
    description: role.summary,
    path: role.url,
    content,
    breadcrumbs: [{ title: 'All roles', path: '/' }],
  };
}

function levelsBlock(levels: readonly Level[]): SafeHtml {
  return html`<section class="levels" aria-labelledby="levels-title">
<h2 id="levels-title">Levels</h2>
<ol class="ladder">${levels.map((level) => html`<li>${level.id ? html`<a href="#${level.id}">${level.title}</a>` : level.title}${level.grade === null ? null : html` <span class="grade">Grade ${level.grade}</span>`}</li>`)}</ol>
</section>`;
}
