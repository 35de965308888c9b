import { createHash } from 'node:crypto';
import { runSiteChecks } from '../checks/site-checks.ts';
import { discoverContent } from '../content/discover.ts';
import type { LoadContext } from '../content/load-page.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { applyRuleSettings } from '../diagnostics/rule-settings.ts';
import type { Role } from '../model/role.ts';
import { makeSiteModel, type SiteModel } from '../model/site-model.ts';
import { NO_USER_SOURCES, type UserSources } from '../model/user-sources.ts';
import { loadUserSources } from '../settings/user-sources.ts';
import { DEFAULT_SETTINGS_FILE, loadSettings } from '../settings/load-settings.ts';
import { joinOpenings } from '../ats/join-roles.ts';
import { loadAtsOpenings, type LoadedOpenings } from '../ats/load-openings.ts';
import type { AtsRequestOptions } from '../ats/request.ts';
import { PageLoader } from './load-pages.ts';
import { findPageAssets } from './page-assets.ts';

export interface LoadSiteOptions {
  readonly contentDir: string;
  /** Settings file; when absent, `careers.config.yaml` if it exists, else the defaults. */
  readonly settingsFile?: string | undefined;
  /** The build date as YYYY-MM-DD; decides which openings have expired. */
  readonly today: string;
  /** Folder of the cache of parsed pages kept between runs; none when undefined. */
  readonly cacheDir?: string | undefined;
  /** How the applicant-tracking system is asked (timeout, retries); its defaults otherwise. */
  readonly atsRequest?: AtsRequestOptions | undefined;
  /** The path the site lives under instead of the settings' `path_prefix` (the Eleventy plugin inside a host site). */
  readonly pathPrefix?: string | undefined;
}

/** A site after every check: the model, and every problem found, sorted by file and position. */
export interface CheckedSite {
  readonly model: SiteModel;
  readonly diagnostics: Diagnostic[];
  /** Every content file read, as shown in diagnostics. */
  readonly files: string[];
  /** How many pages had to be parsed (the others were unchanged since a previous load). */
  readonly parsed: number;
}

/** A site loaded into its model, before the checks that compare pages with each other. */
export interface LoadedSite {
  readonly model: SiteModel;
  readonly files: string[];
  readonly parsed: number;
  /** Runs the site-wide checks (once per model) and gives every problem found. */
  check(): CheckedSite;
}

/**
 * Loads sites. One loader serves one command; a preview keeps one for its whole session, so that
 * each edit re-reads and re-parses only what changed, and an unchanged site is not checked again.
 */
export class SiteLoader {
  readonly #pages = new PageLoader();
  #last: { readonly key: string; readonly site: LoadedSite } | undefined;
  /** The ATS's openings, asked for once per loader (so once per build, and once per preview session) and settings. */
  #ats: { readonly settingsText: string; readonly loaded: Promise<LoadedOpenings> } | undefined;

  /**
   * Loads the site model and the problems of each page; the site-wide checks (links, URL collisions,
   * duplicate titles) run when `check()` is called. A preview shows the edited page first and reports
   * the problems after.
   */
  async load(options: LoadSiteOptions): Promise<LoadedSite> {
    const { settings: loadedSettings, diagnostics: settingsDiagnostics, text: settingsText } = await loadSettings(options.settingsFile);
    const settings = options.pathPrefix === undefined ? loadedSettings : { ...loadedSettings, path_prefix: options.pathPrefix };
    // Brand files to publish and layouts that replace ours, from the folder of the settings file.
    const { sources, diagnostics: sourceDiagnostics } = await loadUserSources(settings, options.settingsFile);
    const { files, diagnostics: discoveryDiagnostics } = await discoverContent(options.contentDir);
    const context: LoadContext = { settings, today: options.today };
    const { pages, parsed, digest, diagnostics: cacheDiagnostics } = await this.#pages.load(files, context, options.cacheDir);
    const settingsFile = options.settingsFile ?? DEFAULT_SETTINGS_FILE;
    if (this.#ats?.settingsText !== settingsText) {
      this.#ats = { settingsText, loaded: loadAtsOpenings(settings, { settingsFile, settingsText, cacheDir: options.cacheDir, ...(options.atsRequest ? { request: options.atsRequest } : {}) }) };
    }
    const ats = await this.#ats.loaded;
    const published = pages.flatMap((p): Role[] => (p.role ? [p.role] : []));
    const unpublished = pages.flatMap((p): Role[] => (p.unpublished ? [p.unpublished] : []));
    const assets = findPageAssets(published, options.contentDir, unpublished);
    // Same pages, settings and folder as the last load: the site-wide checks would find the same again.
    const key = createHash('sha256').update(JSON.stringify([options.contentDir, options.today, settingsText, settingsDiagnostics, sourceDiagnostics, discoveryDiagnostics, cacheDiagnostics, digest, assets])).digest('hex');
    // A layout module edited since is imported anew, as another function: the model must carry it.
    const last = this.#last?.key === key && sameSources(this.#last.site.model.sources ?? NO_USER_SOURCES, sources) ? this.#last.site : undefined;
    if (last) return { ...last, parsed, check: () => ({ ...last.check(), parsed }) };
    const joined = joinOpenings(published, ats.openings, settingsFile, ats.at);
    const model: SiteModel = { ...makeSiteModel(settings, joined.roles, joined.unmatched), sources, assets };
    const shown = files.map((f) => f.file);
    let checked: CheckedSite | undefined;
    const check = (): CheckedSite => {
      if (checked === undefined) {
        const diagnostics = [...settingsDiagnostics, ...sourceDiagnostics, ...ats.diagnostics, ...joined.diagnostics, ...discoveryDiagnostics, ...cacheDiagnostics, ...pages.flatMap((p) => p.diagnostics), ...runSiteChecks(model, unpublished)];
        checked = { model, files: shown, parsed, diagnostics: applyRuleSettings(diagnostics, settings.rules).sort(compareDiagnostics) };
      }
      return checked;
    };
    const site: LoadedSite = { model, files: shown, parsed, check };
    this.#last = { key, site };
    return site;
  }
}

/** True when both name the same files to publish and the very same layout functions. */
function sameSources(a: UserSources, b: UserSources): boolean {
  if (JSON.stringify(a.files) !== JSON.stringify(b.files)) return false;
  const names = new Set([...Object.keys(a.layouts), ...Object.keys(b.layouts)]) as Set<keyof UserSources['layouts']>;
  return [...names].every((name) => a.layouts[name] === b.layouts[name]);
}

/** Loads settings and every page of the content folder into the site model, and runs every check. */
export async function loadSite(options: LoadSiteOptions, loader: SiteLoader = new SiteLoader()): Promise<CheckedSite> {
  return (await loader.load(options)).check();
}

/** Today's date as YYYY-MM-DD (UTC), or the date of SOURCE_DATE_EPOCH for reproducible builds. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
