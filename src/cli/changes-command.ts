import { readFile } from 'node:fs/promises';
import { discoverContent } from '../content/discover.ts';
import type { LoadContext, PageInput } from '../content/load-page.ts';
import { GitError } from '../git/git.ts';
import { formatChangesMarkdown, formatChangesText } from '../git/format-changes.ts';
import { readPagesAtRef } from '../git/pages-at-ref.ts';
import { compareRoles } from '../git/role-changes.ts';
import type { Role } from '../model/role.ts';
import { parseCommandArgs, requireFolder } from './options.ts';
import { UsageError } from './usage-error.ts';

const CHANGES_FORMATS = ['text', 'markdown'];

/** `changes`: the roles added, moved, changed and removed between a git ref and the working tree. Exit 0, or 2 for a bad ref. */
export async function changesCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    base: { type: 'string' },
    format: { type: 'string', default: 'text' },
    content: { type: 'string', default: 'content' },
    settings: { type: 'string' },
  });
  const base = values.base;
  if (base === undefined) throw new UsageError('--base REF is required: the branch, tag or commit to compare with.');
  if (!CHANGES_FORMATS.includes(values.format)) throw new UsageError(`--format must be one of ${CHANGES_FORMATS.join(', ')}; got "${values.format}".`);
  const contentDir = requireFolder(values.content, 'The content folder');
  // The pages at the ref are read first and the loader is imported only then: a bad ref, or no repository, answers at once.
  const before = await gitOrUsage(() => readPagesAtRef(base, contentDir));
  const [{ loadSettings }, { buildDate }, { loadPagesInParallel }] = await Promise.all([import('../settings/load-settings.ts'), import('../build/load-site.ts'), import('../build/parse-pool.ts')]);
  const { settings } = await loadSettings(values.settings);
  const context: LoadContext = { settings, today: buildDate() };
  // Both sides go through the same loader with the same settings and date, so only the content differs.
  const rolesOf = async (pages: readonly PageInput[]): Promise<Role[]> => (await loadPagesInParallel(pages, context)).flatMap((page) => page.role ?? []);
  const { files } = await discoverContent(contentDir);
  const now = await Promise.all(files.map(async (f): Promise<PageInput> => ({ bytes: await readFile(f.absolute), file: f.file, pathInContent: f.pathInContent })));
  const after = await rolesOf(now);
  const changes = compareRoles(await rolesOf(before), after);
  process.stdout.write(values.format === 'markdown' ? formatChangesMarkdown(base, changes) : formatChangesText(base, changes));
  const unreadable = now.length - after.length;
  if (unreadable > 0) process.stderr.write(`${unreadable} ${unreadable === 1 ? 'page has' : 'pages have'} errors and ${unreadable === 1 ? 'is' : 'are'} left out; run \`careers check\` to see them.\n`);
  return 0;
}

/** Runs a git step, turning "not a repository" and "unknown ref" into usage errors (exit 2). */
export async function gitOrUsage<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof GitError && error.kind !== 'failed') throw new UsageError(error.message);
    throw error;
  }
}
