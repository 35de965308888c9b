import { createHash } from 'node:crypto';
import { discoverContent } from '../content/discover.ts';
import type { LoadContext } from '../content/load-page.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Role } from '../model/role.ts';
import { applyRuleSettings } from '../diagnostics/rule-settings.ts';
import { loadSettings } from '../settings/load-settings.ts';
import { makeSiteModel, type SiteModel } from '../model/site-model.ts';
import { loadPages } from './load-pages.ts';
import { runSiteChecks } from '../checks/site-checks.ts';

export interface LoadSiteOptions {
  readonly contentDir: string;
  /** Settings file; when absent, `careers.config.yaml` if it exists, else the defaults. */
  readonly settingsFile?: string | undefined;
  /** The build date as YYYY-MM-DD; decides which openings have expired. */
  readonly today: string;
  /** Folder of the cache of parsed pages kept between runs; none when undefined. */
  readonly cacheDir?: string | undefined;
}

export interface LoadedSite {
  readonly model: SiteModel;
  /** Sorted by file and position. */
  readonly diagnostics: Diagnostic[];
  /** Every content file read, as shown in diagnostics. */
  readonly files: string[];
  /** How many pages had to be parsed (the others were unchanged since a previous load). */
  readonly parsed: number;
}

/** A site loaded into its model, before the checks that compare pages with each other. */
export interface UncheckedSite {
  readonly model: SiteModel;
  readonly files: string[];
  readonly parsed: number;
  /** Runs the site-wide checks (once per model) and gives every problem found. */
  check(): LoadedSite;
}

/** The last site loaded in this process: a preview reloads it on every edit, most often to find the same. */
let lastSite: { key: string; site: UncheckedSite } | undefined;

/** Loads settings and every page of the content folder into the site model, with every problem found on the way. */
export async function loadSite(options: LoadSiteOptions): Promise<LoadedSite> {
  return (await loadSiteModel(options)).check();
}

/**
 * Loads the site model and the problems of each page; the site-wide checks (links, URL collisions,
 * duplicate titles) run when `check()` is called. A build starts its search index in between; a preview
 * shows the edited page first and reports the problems after.
 */
export async function loadSiteModel(options: LoadSiteOptions): Promise<UncheckedSite> {
  const { settings, diagnostics: settingsDiagnostics, text: settingsText } = await loadSettings(options.settingsFile);
  const { files, diagnostics: discoveryDiagnostics } = await discoverContent(options.contentDir);
  const context: LoadContext = { settings, today: options.today };
  const { pages, parsed, digest } = await loadPages(files, context, options.cacheDir);
  // Same pages, settings and folder as the last load: the site-wide checks would find the same again.
  const key = createHash('sha256').update(JSON.stringify([options.contentDir, options.today, settingsText, settingsDiagnostics, discoveryDiagnostics, digest])).digest('hex');
  const last = lastSite?.key === key ? lastSite.site : undefined;
  if (last) return { ...last, parsed, check: () => ({ ...last.check(), parsed }) };
  const model = makeSiteModel(settings, pages.flatMap((p): Role[] => (p.role ? [p.role] : [])));
  const shown = files.map((f) => f.file);
  let checked: LoadedSite | undefined;
  const check = (): LoadedSite => {
    if (checked === undefined) {
      const diagnostics = [...settingsDiagnostics, ...discoveryDiagnostics, ...pages.flatMap((p) => p.diagnostics), ...runSiteChecks(model)];
      checked = { model, files: shown, parsed, diagnostics: applyRuleSettings(diagnostics, settings.rules).sort(compareDiagnostics) };
    }
    return checked;
  };
  const site: UncheckedSite = { model, files: shown, parsed, check };
  lastSite = { key, site };
  return site;
}

/** Today's date as YYYY-MM-DD (UTC), or the date of SOURCE_DATE_EPOCH for reproducible builds. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
