import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { toSlashes } from '../diagnostics/file-path.ts';
import { repositoryRoot, resolveCommit, runGit, splitNul } from './git.ts';

/** The files a merge request changed, answering for paths as diagnostics show them (relative to the working directory). */
export interface ChangedFiles {
  readonly ref: string;
  /** Changed files, relative to the working directory, with forward slashes. */
  readonly files: ReadonlySet<string>;
  has(file: string): boolean;
}

/**
 * Files changed between `ref` and the working tree: committed since `ref`, staged or not, plus
 * untracked files (a new page is usually untracked until committed). Deleted files are included too;
 * they have no diagnostics, so it does no harm. `folder` picks the repository (the content folder's).
 */
export async function changedFiles(ref: string, folder: string, cwd = process.cwd()): Promise<ChangedFiles> {
  const commit = await resolveCommit(ref, folder);
  const root = await repositoryRoot(folder);
  // Both listings are relative to the repository's top folder when run there.
  const [diff, untracked] = await Promise.all([
    runGit(['diff', '--name-only', '--no-renames', '-z', commit, '--'], root),
    runGit(['ls-files', '--others', '--exclude-standard', '-z'], root),
  ]);
  const realCwd = realpathSync(cwd);
  const display = (path: string): string => toSlashes(relative(realCwd, path));
  const files = new Set([...splitNul(diff), ...splitNul(untracked)].map((path) => display(join(root, path))));
  return {
    ref,
    files,
    // A diagnostic's file may be written another way (`./x`, an absolute path); compare the real location.
    has: (file) => files.has(toSlashes(file)) || files.has(display(realOrResolved(isAbsolute(file) ? file : resolve(cwd, file)))),
  };
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
