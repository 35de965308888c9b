import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { diagnostic } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { displayPath, toSlashes } from '../diagnostics/file-path.ts';
import { CONTROL_CHARACTER, describeCharacter } from '../model/characters.ts';
import { FOLDER_PAGE } from '../model/families.ts';
import { MARKDOWN_EXTENSIONS, MARKDOWN_FILE } from '../model/markdown-files.ts';

const PAGE = MARKDOWN_FILE;
/** Files that document a content folder rather than describe a role. */
const NOT_A_PAGE = new RegExp(`^readme\\.(?:${MARKDOWN_EXTENSIONS})$`, 'i');
/** Pages written for a template engine (`x.html.md.erb`): the engine would run code, so they are reported, not built. */
const TEMPLATE = new RegExp(`\\.(?:${MARKDOWN_EXTENSIONS})\\.(erb|haml|slim|liquid|mustache|hbs|handlebars|njk|ejs|eex|twig|jinja|j2|tmpl|tpl)$`, 'i');

export interface ContentFile {
  /** Path relative to the working directory, with forward slashes (shown in diagnostics). */
  readonly file: string;
  /** Path relative to the content folder, with forward slashes (gives the URL). */
  readonly pathInContent: string;
  /** Absolute path to read. */
  readonly absolute: string;
}

/**
 * Lists the job pages under `contentDir`, sorted: Markdown files, skipping READMEs and anything whose
 * name starts with `.` or `_` (but not `_index.md`, a folder's page); templates (`.md.erb`) are reported. Symbolic links are followed once; a loop or a broken link is reported.
 * Synchronous on purpose: nothing else runs meanwhile, and one thread-pool round trip per folder made
 * the walk six times slower on a site with a folder per role.
 */
export async function discoverContent(contentDir: string, cwd = process.cwd()): Promise<{ files: ContentFile[]; diagnostics: Diagnostic[] }> {
  const files: ContentFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const root = resolve(cwd, contentDir);
  const visited = new Set<string>();
  const display = (absolute: string): string => displayPath(absolute, cwd);

  // `real` is the folder's canonical path: resolved once for the root and for each symbolic link; below
  // a folder whose real path is known, a plain sub-folder's is that path and its name.
  const walk = (dir: string, real: string): void => {
    if (visited.has(real)) {
      diagnostics.push(diagnostic('file/unreadable', display(dir), FILE_START, 'This folder is a symbolic link back into a folder already read (a loop); it is skipped.', 'Remove the symbolic link.'));
      return;
    }
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      diagnostics.push(diagnostic('file/unreadable', display(dir), FILE_START, `The folder could not be read (${code}); the pages in it are skipped.`, 'Give the user who builds the site permission to read the folder (and to enter it), or remove it.'));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (isPrivateName(entry.name)) continue;
      const absolute = join(dir, entry.name);
      // Diagnostics print the name into terminals and CI logs, where an escape sequence would take effect.
      const control = CONTROL_CHARACTER.exec(entry.name);
      if (control) {
        const shown = display(absolute).replace(new RegExp(CONTROL_CHARACTER.source, 'g'), '\uFFFD');
        diagnostics.push(diagnostic('file/control-character', shown, FILE_START, `The name contains the control character ${describeCharacter(control[0])}; it is skipped.`, 'Rename it without the character.'));
        continue;
      }
      let kind: Dirent | Stats = entry;
      let realPath = join(real, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          // stat, never open: opening a named pipe would wait for a writer forever.
          kind = statSync(absolute);
          realPath = realpathSync(absolute);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? 'error';
          diagnostics.push(diagnostic('file/unreadable', display(absolute), FILE_START, `A symbolic link that leads nowhere (${code}); it is skipped.`));
          continue;
        }
        if (!kind.isDirectory() && !PAGE.test(entry.name) && !TEMPLATE.test(entry.name)) continue;
        if (kind.isDirectory() && realPath !== rootReal && isInside(rootReal, realPath)) {
          // A link to a folder that holds the content folder (such as `/`) leads back into it: a loop, and the whole disk.
          diagnostics.push(diagnostic('file/unreadable', display(absolute), FILE_START, `This folder is a symbolic link to ${realPath}, which holds the content folder (a loop); it is skipped.`, 'Remove the symbolic link.'));
          continue;
        }
        if ((kind.isDirectory() || kind.isFile()) && !isInside(realPath, rootReal)) {
          diagnostics.push(diagnostic('file/outside-link', display(absolute), FILE_START, `This ${kind.isDirectory() ? 'folder' : 'page'} is a symbolic link to ${realPath}, outside the content folder; ${kind.isDirectory() ? 'the pages in it are' : 'it is'} published.`));
        }
      }
      const isDirectory = kind.isDirectory();
      const isFile = kind.isFile();
      if (!isDirectory && !isFile && PAGE.test(entry.name)) {
        diagnostics.push(diagnostic('file/not-regular', display(absolute), FILE_START, `This is ${describeKind(kind)}, not a file; it is never opened, so it is not built.`));
        continue;
      }
      if (isDirectory) walk(absolute, realPath);
      else if (isFile && PAGE.test(entry.name) && !NOT_A_PAGE.test(entry.name)) {
        files.push({ file: display(absolute), pathInContent: toSlashes(relative(root, absolute)), absolute });
      } else if (isFile && TEMPLATE.test(entry.name)) {
        const engine = (TEMPLATE.exec(entry.name)?.[1] ?? '').toUpperCase();
        diagnostics.push(diagnostic('file/template', display(absolute), FILE_START, `This page is a template (${engine}); templates are never run, so it is not built.`));
      }
    }
  };
  const rootReal = realpathSync(root);
  walk(root, rootReal);
  return { files, diagnostics };
}

/** True when a path in the content folder (forward slashes) is a page `discoverContent` would list, e.g. at a git ref. */
export function isContentPage(pathInContent: string): boolean {
  const segments = pathInContent.split('/');
  const name = segments[segments.length - 1] ?? '';
  return segments.every((s) => !isPrivateName(s)) && PAGE.test(name) && !NOT_A_PAGE.test(name);
}

/** Whether `path` is `folder` or lies inside it (both canonical). */
function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}

/** What a directory entry that is neither file nor folder is, in words. */
function describeKind(kind: Dirent | Stats): string {
  if (kind.isFIFO()) return 'a named pipe (FIFO)';
  if (kind.isCharacterDevice()) return 'a character device';
  if (kind.isBlockDevice()) return 'a block device';
  if (kind.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Names starting with `.` or `_` are private (drafts, partials), except a folder's own `_index.md`. */
function isPrivateName(name: string): boolean {
  return name.startsWith('.') || (name.startsWith('_') && !FOLDER_PAGE.test(name));
}
