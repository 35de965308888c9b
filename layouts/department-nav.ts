import { departmentPath } from '../src/model/site-paths.ts';
import { html, type SafeHtml } from './html.ts';
import type { LayoutContext } from './page-data.ts';

/**
 * Links to every department page with its number of roles: how a visitor without JavaScript browses.
 * On a department page the current department is marked rather than left out, so the list never jumps.
 */
export function departmentNav({ site, urls }: LayoutContext, title: string, currentId?: string): SafeHtml {
  return html`<nav class="department-nav" aria-labelledby="departments-title">
<h2 id="departments-title">${title}</h2>
<ul>${site.departments.map(({ department, roles }) => html`<li><a href="${urls.href(departmentPath(department.id))}"${department.id === currentId ? html` aria-current="page"` : null}>${department.name} <span class="count">${roles.length}</span></a></li>`)}</ul>
</nav>`;
}
