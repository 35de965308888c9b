import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { toSlashes } from '../diagnostics/file-path.ts';
import { MARKDOWN_FILE } from '../model/markdown-files.ts';
import { packagePath } from '../package-root.ts';
import { parseCommandArgs } from './options.ts';
import { UsageError } from './usage-error.ts';

/** A content folder that can be written into YAML, CI scripts and URLs as it is: relative, plain segments. */
const SAFE_FOLDER = /^(?!\.\.?(?:\/|$))[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** Where the example role goes, inside the content folder. */
const EXAMPLE_ROLE = 'engineering/software-engineer.md';

interface Step {
  /** The file, relative to the working directory. */
  readonly file: string;
  readonly template: string;
}

/** `init [--content DIR]`: sets up the working directory as a careers site. Never overwrites a file; exit 0, 2 for bad input. */
export async function initCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { content: { type: 'string', default: 'content' } });
  if (positionals.length > 0) throw new UsageError(`init takes no arguments; got "${positionals.join(' ')}".`);
  const content = values.content.replace(/\/+$/, '');
  if (!SAFE_FOLDER.test(content)) {
    throw new UsageError(`--content "${values.content}" cannot be used: give a folder inside this one, such as "content" or "handbook/jobs", of letters, digits, . _ - and /.`);
  }
  const fill = (text: string): string => text.replaceAll('{{content}}', content).replaceAll('{{content_option}}', content === 'content' ? '' : ` --content ${content}`);
  const steps: Step[] = [
    { file: 'careers.config.yaml', template: 'careers.config.yaml' },
    { file: '.gitlab-ci.yml', template: 'gitlab-ci.yml' },
    { file: '.github/workflows/careers.yml', template: 'github-workflow.yml' },
  ];
  const report: string[] = [];
  for (const step of steps) report.push(await writeNew(step.file, fill(await template(step.template))));
  report.push(await writeExampleRole(content, await template('example-role.md')));
  report.push(await addIgnoreLines('.gitignore', await template('gitignore')));
  process.stdout.write(report.map((line) => `${line}\n`).join(''));
  process.stderr.write('Next: set `origin` in careers.config.yaml, then run `npx careers build` (or `npx careers check`).\n');
  return 0;
}

async function template(name: string): Promise<string> {
  return readFile(packagePath(`templates/init/${name}`), 'utf8');
}

/** Writes a file that does not exist yet; an existing one is kept as it is. */
async function writeNew(file: string, text: string): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  try {
    // `wx` refuses to replace a file, atomically: nothing is overwritten even if one appears meanwhile.
    await writeFile(file, text, { flag: 'wx' });
    return `Created ${toSlashes(file)}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return `Kept ${toSlashes(file)}: it exists already.`;
  }
}

/** The example role, only into a content folder without pages: one that has some is the user's site already. */
async function writeExampleRole(content: string, text: string): Promise<string> {
  const pages = await markdownFiles(content);
  if (pages > 0) return `Kept ${content}/ as it is: it holds ${pages} ${pages === 1 ? 'page' : 'pages'} already, so no example role was added.`;
  return writeNew(join(content, ...EXAMPLE_ROLE.split('/')), text);
}

async function markdownFiles(folder: string): Promise<number> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && MARKDOWN_FILE.test(entry.name)).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

/** Appends the ignore lines the file lacks (all of them to a new file); lines already there are not repeated. */
async function addIgnoreLines(file: string, text: string): Promise<string> {
  let current: string | undefined;
  try {
    current = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // `_site` and `/_site` both ignore the output at the top. Not `_site/`: it matches folders, and the output is a link.
  const bare = (line: string): string => line.trim().replace(/^\//, '');
  const present = new Set((current ?? '').split(/\r?\n/).map(bare));
  const lines = text.split('\n').filter((line) => line !== '');
  const missing = lines.filter((line) => !line.startsWith('#') && !present.has(bare(line)));
  if (missing.length === 0) return `Kept ${file}: it ignores the site and the cache already.`;
  const comments = lines.filter((line) => line.startsWith('#') && !present.has(bare(line)));
  const separator = current === undefined || current === '' || current.endsWith('\n') ? '' : '\n';
  await writeFile(file, `${current ?? ''}${separator}${[...comments, ...missing].join('\n')}\n`);
  return current === undefined ? `Created ${file}` : `Added ${missing.length} ${missing.length === 1 ? 'line' : 'lines'} to ${file}: ${missing.join(' ')}`;
}
