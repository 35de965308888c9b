import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { toSlashes } from '../diagnostics/file-path.ts';
import { packagePath } from '../package-root.ts';
import { urlFromContentPath } from '../model/page-url.ts';
import { parseCommandArgs, requireFolder } from './options.ts';
import { UsageError } from './usage-error.ts';

/** The page template shipped with the generator. */
const TEMPLATE = packagePath('templates/role.md');

/**
 * Letters, digits, spaces and the punctuation job titles use. Anything else (quotes, brackets,
 * `#`, `*`, `<`, control characters) could change the meaning of the YAML or Markdown it is put into.
 */
const SAFE_TITLE = /^[\p{L}\p{N}][\p{L}\p{N} ,.&'’()/+–-]*$/u;
const MAX_TITLE = 100;
const SAFE_DEPARTMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `new "Title" [--department ID] [--content DIR]`: creates a page from the template. Exit 0, 1 if the file exists, 2 for bad input. */
export async function newCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    department: { type: 'string' },
    content: { type: 'string', default: 'content' },
    template: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('Give the role\'s title, in quotes: careers new "Senior Data Engineer".');
  const title = checkTitle(positionals[0] ?? '');
  const department = values.department === undefined ? undefined : checkDepartment(values.department);
  const contentDir = requireFolder(values.content, 'The content folder');
  const pathInContent = [department, `${slugOf(title)}.md`].filter((part) => part !== undefined).join('/');
  const file = join(contentDir, ...pathInContent.split('/'));
  const template = await readFile(values.template ?? TEMPLATE, 'utf8');
  await mkdir(dirname(file), { recursive: true });
  try {
    // `wx` refuses to replace a file, atomically: nothing is overwritten even if one appears meanwhile.
    await writeFile(file, template.replaceAll('{{title}}', title), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    process.stderr.write(`careers: ${toSlashes(file)} already exists; nothing was written. Edit that page, or choose another title.\n`);
    return 1;
  }
  process.stdout.write(`Created ${toSlashes(relative(process.cwd(), file))}, published at ${urlFromContentPath(pathInContent)}\n`);
  process.stderr.write('Replace each TODO, then run `npx careers check`.\n');
  return 0;
}

function checkTitle(raw: string): string {
  const title = raw.trim().replace(/\s+/g, ' ');
  if (title === '' || title.length > MAX_TITLE || !SAFE_TITLE.test(title)) {
    throw new UsageError(`The title "${raw}" cannot be used: write at most ${MAX_TITLE} letters, digits, spaces and , . & ' ( ) / + -, starting with a letter or digit.`);
  }
  return title;
}

function checkDepartment(raw: string): string {
  const department = raw.toLowerCase();
  if (!SAFE_DEPARTMENT.test(department)) {
    throw new UsageError(`--department "${raw}" cannot be used: write a folder name of letters, digits and single hyphens, such as "data" or "customer-success".`);
  }
  return department;
}

/** `Senior Data Engineer` → `senior-data-engineer`; accents are dropped (`Ingénieur` → `ingenieur`). */
function slugOf(title: string): string {
  const slug = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug === '') throw new UsageError(`The title "${title}" has no letters or digits that can make a file name.`);
  return slug;
}
