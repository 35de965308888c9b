import { html } from './html.ts';
import { departmentNav } from './department-nav.ts';
import type { LayoutContext, PageShell } from './page-data.ts';
import { uiText } from './ui-strings.ts';

/** `404.html`: says what happened and offers a way on. Links carry the path prefix, so it works at any depth. */
export function notFoundPage(context: LayoutContext): PageShell {
  const title = uiText(context.site.settings, 'page_not_found');
  const content = html`<h1>${title}</h1>
<p class="lead">This page does not exist, or the role has moved or closed.</p>
<p><a href="${context.urls.href('/')}">See all roles</a></p>
${departmentNav(context, uiText(context.site.settings, 'browse_by_department'))}`;
  return { title, description: 'This page does not exist.', path: undefined, content, noindex: true };
}
