import { readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { toSlashes } from '../diagnostics/file-path.ts';

/**
 * Removes the page a deleted (or renamed) content file had in a preview's output folder, as the
 * site's last `roles.json` there names it: Eleventy rebuilds what the site still has but never
 * deletes what it wrote before, so the old page would go on answering instead of a 404.
 */
export function removeDeletedPage(outDir: string, contentDir: string, deletedFile: string): void {
  const source = toSlashes(relative(resolve(contentDir), resolve(deletedFile)));
  let roles: unknown;
  try {
    roles = JSON.parse(readFileSync(join(outDir, 'roles.json'), 'utf8'));
  } catch {
    return; // no site written yet: nothing of the page to remove
  }
  if (!Array.isArray(roles)) return;
  const root = resolve(outDir);
  for (const role of roles as { source?: unknown; url?: unknown; redirect_from?: unknown }[]) {
    if (role.source !== source || typeof role.url !== 'string') continue;
    const redirects = Array.isArray(role.redirect_from) ? role.redirect_from.filter((url): url is string => typeof url === 'string') : [];
    for (const url of [role.url, ...redirects]) {
      const page = resolve(root, `.${url.endsWith('/') ? url : `${url}/`}`, 'index.html');
      // Only inside the output folder, and never its front page.
      if (page.startsWith(`${root}${sep}`) && page !== join(root, 'index.html')) rmSync(page, { force: true });
    }
  }
}
