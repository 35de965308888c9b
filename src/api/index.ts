// The library API of the `careers` package (`import { buildSite } from 'careers'`): the same loading,
// checks and build the command line runs, as functions that return diagnostics instead of printing them.
import { existsSync } from 'node:fs';
import { hasFailures, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { applyLinksMode, type LinksMode } from '../links/links-mode.ts';
import { buildDate, SiteLoader, type CheckedSite } from '../build/load-site.ts';
import { SearchIndexWorker } from '../build/search-index.ts';
import { planRender } from '../build/site-render.ts';
import { writeSiteAtomically } from '../build/write-site.ts';
import { writeWithEleventy } from '../eleventy/run-eleventy.ts';

export type { Diagnostic, Position, Severity } from '../diagnostics/diagnostic.ts';
export type { Department, Level, Role, Section, SourceLink } from '../model/role.ts';
export type { Settings } from '../model/settings-schema.ts';
export type { SiteModel } from '../model/site-model.ts';
export type { CheckedSite } from '../build/load-site.ts';
export type { LinksMode } from '../links/links-mode.ts';
export { formatDiagnostics, FORMATS, type Format } from '../diagnostics/format.ts';

/** Where the content is and how to read it; every field has the command line's default. */
export interface SiteOptions {
  /** The folder of job pages, relative to the working directory (as diagnostics will name files). Default `content`. */
  readonly contentDir?: string;
  /** The settings file. Default `careers.config.yaml` in the working directory, if there is one. */
  readonly settingsFile?: string;
  /** Folder of the page cache kept between runs; none when undefined. */
  readonly cacheDir?: string;
  /** The build date as YYYY-MM-DD, which decides the openings that have expired. Default today, or SOURCE_DATE_EPOCH's date. */
  readonly today?: string;
}

/** What decides whether a check or build fails. */
export interface CheckOptions extends SiteOptions {
  /** Warnings fail the run too. */
  readonly strict?: boolean;
  /** How broken internal links count: `error` (default), `warn` or `off`. */
  readonly links?: LinksMode;
}

export interface CheckResult {
  /** Every problem found, sorted by file and position. */
  readonly diagnostics: Diagnostic[];
  /** Every content file read, as diagnostics name them. */
  readonly files: string[];
  /** True when no diagnostic fails the run. */
  readonly ok: boolean;
}

export interface BuildResult extends CheckResult {
  /** True when the site was written (only when `ok`). */
  readonly written: boolean;
  /** How many role pages the site has. */
  readonly roles: number;
}

/** Loads every page and the settings into the site model, with every problem found on the way. */
export async function loadSite(options: SiteOptions = {}): Promise<CheckedSite> {
  return (await new SiteLoader().load(siteOptions(options))).check();
}

/** Checks the content as `careers check` does, and writes nothing. */
export async function checkSite(options: CheckOptions = {}): Promise<CheckResult> {
  const { diagnostics, files } = await loadSite(options);
  return result(diagnostics, files, options);
}

/** Checks the content and, when nothing fails, writes the site to `outDir` (default `_site`) as `careers build` does; otherwise leaves `outDir` as it was. */
export async function buildSite(options: CheckOptions & { readonly outDir?: string } = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? '_site';
  const site = await loadSite(options);
  const { diagnostics, files, ok } = result(site.diagnostics, site.files, options);
  const roles = site.model.roles.length;
  if (!ok) return { diagnostics, files, ok, written: false, roles };
  // Role pages the site in outDir already holds exactly as they would be written are carried over, as the command line does.
  const previousSite = existsSync(outDir) ? outDir : undefined;
  const plan = planRender(site.model, { previousSite, searchIndex: new SearchIndexWorker() });
  await writeSiteAtomically(outDir, (temp) => writeWithEleventy(temp, plan, previousSite));
  return { diagnostics, files, ok, written: true, roles };
}

function siteOptions(options: SiteOptions): { contentDir: string; settingsFile: string | undefined; cacheDir: string | undefined; today: string } {
  return { contentDir: options.contentDir ?? 'content', settingsFile: options.settingsFile, cacheDir: options.cacheDir, today: options.today ?? buildDate() };
}

function result(found: readonly Diagnostic[], files: string[], options: CheckOptions): CheckResult {
  const diagnostics = applyLinksMode(found, options.links ?? 'error');
  return { diagnostics, files, ok: !hasFailures(diagnostics, options.strict ?? false) };
}
