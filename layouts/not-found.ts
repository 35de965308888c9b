import { html } from './html.ts';
import { departmentNav } from './department-nav.ts';
import type { LayoutContext, PageShell } from './page-data.ts';

/** `404.html`: says what happened and offers a way on. Links carry the path prefix, so it works at any depth. */
export function notFoundPage(context: LayoutContext): PageShell {
  const content = html`<h1>Page not found</h1>
<p class="lead">This page does not exist, or the role has moved or closed.</p>
<p><a href="${context.urls.href('/')}">See all roles</a></p>
${departmentNav(context, 'Browse by department')}`;
  return { title: 'Page not found', description: 'This page does not exist.', path: undefined, content, noindex: true };
}
