import { join, relative } from 'node:path';
import { toSlashes } from '../diagnostics/file-path.ts';
import { isContentPage } from '../content/discover.ts';
import type { PageInput } from '../content/load-page.ts';
import { GitError, resolveCommit, runGit, splitNul } from './git.ts';

/** Modes of regular files in a git tree; symbolic links (120000) and submodules are not pages. */
const FILE_MODES = new Set(['100644', '100755']);

/**
 * The pages of the content folder as they were at `ref`, ready for the loader: the same files
 * `discoverContent` would list had the folder been checked out at that commit.
 */
export async function readPagesAtRef(ref: string, contentDir: string, cwd = process.cwd()): Promise<PageInput[]> {
  const commit = await resolveCommit(ref, contentDir);
  // Run inside the content folder, `ls-tree` lists paths relative to it: exactly the paths in content.
  const entries = splitNul(await runGit(['ls-tree', '-r', '-z', commit, '--', '.'], contentDir)).flatMap((line) => {
    const tab = line.indexOf('\t');
    const [mode = '', type = '', object = ''] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    return type === 'blob' && FILE_MODES.has(mode) && isContentPage(path) ? [{ object, path }] : [];
  });
  const blobs = await readBlobs(entries.map((e) => e.object), contentDir);
  return entries.map((entry, index) => ({
    bytes: blobs[index] ?? new Uint8Array(),
    file: toSlashes(relative(cwd, join(contentDir, entry.path))),
    pathInContent: entry.path,
  }));
}

/** Reads many blobs with one `git cat-file --batch` (one process, rather than one `git show` per file). */
async function readBlobs(objects: readonly string[], cwd: string): Promise<Uint8Array[]> {
  if (objects.length === 0) return [];
  const output = await runGit(['cat-file', '--batch'], cwd, `${objects.join('\n')}\n`);
  const blobs: Uint8Array[] = [];
  let at = 0;
  for (const object of objects) {
    // Each answer is `<object> <type> <size>\n<size bytes>\n`.
    const headerEnd = output.indexOf(0x0a, at);
    const header = output.subarray(at, headerEnd).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (headerEnd === -1 || header[0] !== object || !Number.isInteger(size)) throw new GitError(`git cat-file gave an unexpected answer for ${object}.`, 'failed');
    blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
    at = headerEnd + 1 + size + 1;
  }
  return blobs;
}
