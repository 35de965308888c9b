import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from './processes.ts';

const HUGO_TEMPLATE = fileURLToPath(new URL('../hugo/', import.meta.url));
const ELEVENTY_TEMPLATE = fileURLToPath(new URL('../eleventy-markdown-it/', import.meta.url));

/** A comparison site: a project folder holding a copy of the job pages, and how to build it from scratch. */
export interface ComparisonProject {
  readonly dir: string;
  readonly outDir: string;
  build(timeoutMs: number): Command;
}

/** Copies a project template and the job pages (as `content/`, paths kept) into `dir`. */
function copyProject(template: string, dir: string, contentDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(template, dir, { recursive: true });
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
}

/** Writes the minimal Hugo site of bench/hugo/ with the job pages; its build is `hugo --quiet -d out`. */
export function writeHugoProject(dir: string, contentDir: string, hugo: string): ComparisonProject {
  copyProject(HUGO_TEMPLATE, dir, contentDir);
  const outDir = join(dir, 'out');
  return { dir, outDir, build: (timeoutMs) => ({ command: hugo, args: ['--quiet', '-d', 'out'], cwd: dir, timeoutMs }) };
}

/**
 * Writes the Eleventy project of bench/eleventy-markdown-it/ (default markdown-it, one Nunjucks layout)
 * with the job pages; its build runs the Eleventy installed in `repoRoot` with the project as working
 * folder, since Eleventy skips directory and global data for an absolute input path.
 */
export function writeEleventyProject(dir: string, contentDir: string, repoRoot: string, { liquid = true }: { readonly liquid?: boolean } = {}): ComparisonProject {
  copyProject(ELEVENTY_TEMPLATE, dir, contentDir);
  // Eleventy's default runs Liquid over Markdown; pages with another engine's `{{ }}` need it off.
  if (!liquid) appendFileSync(join(dir, 'eleventy.config.cjs'), '\nmodule.exports.config.markdownTemplateEngine = false;\n');
  const outDir = join(dir, 'out');
  const cli = join(repoRoot, 'node_modules/@11ty/eleventy/cmd.cjs');
  return { dir, outDir, build: (timeoutMs) => ({ command: process.execPath, args: [cli, '--input=content', '--output=out', '--quiet'], cwd: dir, timeoutMs }) };
}
