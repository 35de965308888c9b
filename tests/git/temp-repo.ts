import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cliArgv, run, type CliResult } from '../helpers/run-cli.ts';

/** Git with a fixed identity and no user or system configuration, so tests behave the same everywhere. */
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

/** Runs git in `dir` and returns its output. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
}

/** Writes files (path → text) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A new repository under the system temp folder with `files` committed on `main`; remove it with `removeRepo`. */
export function makeRepo(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'careers-git-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'First version');
  return dir;
}

export function removeRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs the real CLI (`bin/careers.js`, the compiled bundle) in `cwd`, with git's fixed identity and a fixed build date. */
export function runCliIn(cwd: string, args: readonly string[]): Promise<CliResult> {
  return run(cliArgv(args), { cwd, env: { ...GIT_ENV, SOURCE_DATE_EPOCH: '1767225600' } });
}

/** A small, valid job page. */
export function page(title: string, body = '## Responsibilities\n\n- Do the work.\n\n## Requirements\n\n- Know the work.\n', frontMatter = ''): string {
  return `---\ntitle: "${title}"\n${frontMatter}---\n\n${body}`;
}
