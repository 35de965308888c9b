import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/paths.ts';
import { cliArgv, type CliResult } from '../helpers/run-cli.ts';

/** The hostile fixtures: `content/` (rejected pages), `buildable/` (hostile but valid) and their settings. */
export const HOSTILE = join(REPO_ROOT, 'tests/fixtures/hostile');

/** Files the pages' code would write if it ever ran (the payloads name both the temporary folder and /tmp). */
export const MARKER_FILES: readonly string[] = [...new Set([tmpdir(), '/tmp'])].flatMap((dir) =>
  ['js', 'javascript', 'coffee', 'function', 'python'].map((name) => join(dir, `careers-hostile-marker-${name}`)));

/** A fresh folder under the system's temporary folder. */
export function makeWorkDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `careers-${name}-`));
}

/**
 * Copies the rejected pages into `work/content` with the settings beside them, and adds what cannot
 * be committed: a 10 MB page, a page with a 100 000-character line, a symbolic-link loop and a broken link.
 */
export function stageHostileContent(work: string): void {
  cpSync(join(HOSTILE, 'content'), join(work, 'content'), { recursive: true });
  cpSync(join(HOSTILE, 'careers.config.yaml'), join(work, 'careers.config.yaml'));
  writeFileSync(join(work, 'content/bytes/ten-megabytes.md'), `---\ntitle: Ten Megabyte Engineer\n---\n\n${'word '.repeat(2 * 1024 * 1024)}\n`);
  writeFileSync(join(work, 'content/bytes/long-line.md'), `---\ntitle: Long Line Engineer\n---\n\n${'long '.repeat(20_000)}\n`);
  mkdirSync(join(work, 'content/links'));
  symlinkSync('..', join(work, 'content/links/loop'));
  symlinkSync('missing.md', join(work, 'content/links/broken.md'));
}

/**
 * A digest of every file, folder and link under `dir` (path, type, mode, bytes or link target), to
 * show that a build changed nothing there. Links are recorded, not followed, except `dir` itself.
 */
export function treeDigest(dir: string): Map<string, string> {
  const digest = new Map<string, string>();
  const walk = (path: string, name: string): void => {
    const stat = lstatSync(path);
    const mode = (stat.mode & 0o7777).toString(8);
    if (stat.isSymbolicLink()) digest.set(name, `link ${readlinkSync(path)}`);
    else if (stat.isDirectory()) {
      digest.set(name, `dir ${mode}`);
      for (const entry of readdirSync(path).sort()) walk(join(path, entry), `${name}/${entry}`);
    } else digest.set(name, `file ${mode} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
  };
  // The output folder is a link to the build's folder: follow it there, record links below it.
  if (existsSync(dir)) walk(realpathSync(dir), '.');
  return digest;
}

/**
 * Runs the real CLI from any working directory: `bin/careers.js`, the bundle compiled from the current
 * source, as a user runs it. `preload` modules (TypeScript, so loaded through tsx by its absolute URL)
 * run first, to simulate failures.
 */
export function runCliFrom(cwd: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; preload?: readonly string[] } = {}): Promise<CliResult> {
  const preload = options.preload ?? [];
  const imports = (preload.length > 0 ? [import.meta.resolve('tsx'), ...preload] : []).flatMap((url) => ['--import', url]);
  return new Promise((resolve) => {
    execFile(process.execPath, [...imports, ...cliArgv(args)], { cwd, env: { ...process.env, ...options.env }, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
