import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../helpers/paths.ts';
import type { CliResult } from '../helpers/run-cli.ts';

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

/** Runs the real CLI with `cwd` outside this repository (so `tsx` is loaded by its path, not resolved from `cwd`). */
export function runCliIn(cwd: string, args: readonly string[]): Promise<CliResult> {
  const tsx = join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs');
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', tsx, join(REPO_ROOT, 'src/cli/main.ts'), ...args], { cwd, env: { ...GIT_ENV, SOURCE_DATE_EPOCH: '1767225600' }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** A small, valid job page. */
export function page(title: string, body = '## Responsibilities\n\n- Do the work.\n\n## Requirements\n\n- Know the work.\n', frontMatter = ''): string {
  return `---\ntitle: "${title}"\n${frontMatter}---\n\n${body}`;
}
