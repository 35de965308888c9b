import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateContent, type GeneratedRole } from '../generate-content.ts';
import { copyRealPages } from './real-pages.ts';
import { careersCommand } from './careers-cli.ts';
import { writeEleventyProject, writeHugoProject, type ComparisonProject } from './comparison-projects.ts';
import { timeLinkCheck, timeRemarkParseFloor } from './in-process.ts';
import { measureCommand } from './measure-command.ts';
import { timePreviewEdits, type EditablePage } from './preview-edit.ts';
import { SizeSamples } from './samples.ts';
import { sourceStamp, unlessCodeChanged } from './source-stamp.ts';

export interface SizeOptions {
  readonly repoRoot: string;
  /** A memory-backed folder this size may fill; emptied again before returning. */
  readonly workDir: string;
  /** Pages to generate; with `realPagesFrom`, the least number of real pages to copy. */
  readonly pages: number;
  /** The `../shared/` folder: measure its real pages, copied until there are `pages`, instead of generated ones. */
  readonly realPagesFrom?: string | undefined;
  readonly runs: number;
  /** Edits per preview session (one session per run). */
  readonly edits: number;
  readonly seed: number;
  /** The Hugo program, or why there is none. */
  readonly hugo: string | Error;
  /** YYYY-MM-DD, for the in-process load. */
  readonly today: string;
}

/** Generous for a loaded 2-core machine: two minutes plus 100 ms a page. */
function commandTimeoutMs(pages: number): number {
  return 120_000 + 100 * pages;
}

/**
 * Generates the pages, then for each run measures, in turn: our cold and warm build, cold and warm
 * `check`, Hugo, Eleventy with markdown-it and a preview session; then the in-process floor and link check.
 * Interleaving the tools within each run spreads the noise of a shared machine across all of them.
 */
export async function benchSize(options: SizeOptions): Promise<SizeSamples> {
  const { repoRoot, workDir, pages, runs } = options;
  const contentDir = join(workDir, 'content');
  const outDir = join(workDir, 'out');
  const real = options.realPagesFrom !== undefined;
  const roles = real ? copyRealPages(options.realPagesFrom as string, contentDir, pages) : generateContent(contentDir, pages, options.seed);
  const timeoutMs = commandTimeoutMs(roles.length);
  const samples = new SizeSamples(roles.length, runs, real ? 'real pages' : undefined);
  const hugo = typeof options.hugo === 'string' ? writeHugoProject(join(workDir, 'hugo'), contentDir, options.hugo) : options.hugo;
  // Real pages hold Hugo shortcodes (`{{< ref … >}}`), which Liquid would try to read as its own tags.
  const eleventy = writeEleventyProject(join(workDir, 'eleventy'), contentDir, repoRoot, { liquid: !real });
  // Real pages have real broken links: they are built as a company adopting careers first builds them.
  const careers = (args: readonly string[]) => careersCommand(repoRoot, real && (args[0] === 'build' || args[0] === 'check') ? [...args, '--links', 'warn'] : args, timeoutMs);
  const editPage = (role: GeneratedRole, line: string): void => appendFileSync(join(contentDir, role.path), `\n${line}\n`);
  const pick = (k: number): GeneratedRole => roles[(k * 7919) % roles.length] as GeneratedRole;

  try {
    for (let run = 0; run < runs; run++) {
      process.stderr.write(`${samples.label}, run ${run + 1} of ${runs}\n`);
      const buildCache = join(workDir, `build-cache-${run}`);
      const buildStamp = sourceStamp(repoRoot);
      await samples.record('coldBuild', async () => {
        const { wallMs, peakRssBytes } = await measureCommand(careers(['build', '--content', contentDir, '--out', outDir, '--cache', buildCache]));
        if (peakRssBytes !== undefined) samples.get('coldBuildRss').values.push(peakRssBytes);
        return wallMs;
      });
      editPage(pick(run), `Warm build edit ${run}.`);
      await samples.record('warmBuild', async () => {
        const { wallMs, peakRssBytes } = await measureCommand(careers(['build', '--content', contentDir, '--out', outDir, '--cache', buildCache]));
        const counted = unlessCodeChanged(repoRoot, buildStamp, wallMs);
        if (peakRssBytes !== undefined) samples.get('warmBuildRss').values.push(peakRssBytes);
        return counted;
      });

      const checkCache = join(workDir, `check-cache-${run}`);
      const checkStamp = sourceStamp(repoRoot);
      await samples.record('coldCheck', async () => (await measureCommand(careers(['check', '--content', contentDir, '--cache', checkCache]))).wallMs);
      editPage(pick(run + runs), `Warm check edit ${run}.`);
      await samples.record('warmCheck', async () => unlessCodeChanged(repoRoot, checkStamp, (await measureCommand(careers(['check', '--content', contentDir, '--cache', checkCache]))).wallMs));
      rmSync(buildCache, { recursive: true, force: true });
      rmSync(checkCache, { recursive: true, force: true });

      if (hugo instanceof Error) samples.get('hugo').failures.push(hugo.message);
      else await samples.record('hugo', () => buildFromScratch(hugo, timeoutMs));
      await samples.record('eleventy', () => buildFromScratch(eleventy, timeoutMs));

      const previewPages = Array.from({ length: options.edits }, (_, k) => editable(pick(2 * runs + run * options.edits + k), contentDir, join(workDir, 'preview-out')));
      await samples.record('previewEdit', () => timePreviewEdits({
        repoRoot, contentDir, outDir: join(workDir, 'preview-out'), pages: previewPages, edits: options.edits,
        startTimeoutMs: timeoutMs, editTimeoutMs: 60_000, label: `r${run}`,
      }));
    }
    process.stderr.write(`${samples.label}: in-process floor and link check\n`);
    await samples.record('floor', async () => timeRemarkParseFloor(contentDir, runs));
    await samples.record('linkCheck', async () => {
      const timing = await timeLinkCheck(contentDir, options.today, runs);
      if ('unavailable' in timing) throw new Error(`${timing.unavailable} (the \`check\` rows include the link check)`);
      return timing.times;
    });
    return samples;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function editable(role: GeneratedRole, contentDir: string, outDir: string): EditablePage {
  return { source: join(contentDir, role.path), output: join(outDir, role.url, 'index.html') };
}

async function buildFromScratch(project: ComparisonProject, timeoutMs: number): Promise<number> {
  rmSync(project.outDir, { recursive: true, force: true });
  return (await measureCommand(project.build(timeoutMs))).wallMs;
}
