import Eleventy from '@11ty/eleventy';
import { relative } from 'node:path';

export interface EleventyRun {
  readonly outDir: string;
  readonly contentDir: string;
  readonly settingsFile?: string | undefined;
}

/** Runs Eleventy once with the project's `.eleventy.ts`, writing the site to `outDir`. */
export async function runEleventy(run: EleventyRun): Promise<void> {
  withCareersEnvironment(run);
  // Eleventy skips directory data for absolute input paths; a path relative to the working directory avoids that.
  const eleventy = new Eleventy('layouts', relative(process.cwd(), run.outDir) || '.', { configPath: '.eleventy.ts', quietMode: true });
  await eleventy.write();
}

/** Starts Eleventy's development server with live reload; resolves once it is listening. */
export async function serveEleventy(run: EleventyRun & { readonly port: number }): Promise<void> {
  withCareersEnvironment(run);
  const eleventy = new Eleventy('layouts', run.outDir, { configPath: '.eleventy.ts', quietMode: true, runMode: 'serve' });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(run.port);
}

function withCareersEnvironment(run: EleventyRun): void {
  process.env['CAREERS_CONTENT'] = run.contentDir;
  if (run.settingsFile) process.env['CAREERS_SETTINGS'] = run.settingsFile;
}
