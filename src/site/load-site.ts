import { readFile } from 'node:fs/promises';
import { discoverContent } from '../content/discover.ts';
import { loadPage, type LoadContext, type LoadedPage } from '../content/load-page.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Role } from '../model/role.ts';
import { applyRuleSettings } from '../diagnostics/rule-settings.ts';
import { loadSettings } from '../settings/load-settings.ts';
import { makeSiteModel, type SiteModel } from './site-model.ts';
import { PageCache } from './page-cache.ts';
import { runSiteChecks } from './site-checks.ts';

export interface LoadSiteOptions {
  readonly contentDir: string;
  /** Settings file; when absent, `careers.config.yaml` if it exists, else the defaults. */
  readonly settingsFile?: string | undefined;
  /** The build date as YYYY-MM-DD; decides which openings have expired. */
  readonly today: string;
}

export interface LoadedSite {
  readonly model: SiteModel;
  /** Sorted by file and position. */
  readonly diagnostics: Diagnostic[];
  /** Every content file read, as shown in diagnostics. */
  readonly files: string[];
}

const pageCache = new PageCache();

/** Loads settings and every page of the content folder into the site model, with every problem found on the way. */
export async function loadSite(options: LoadSiteOptions): Promise<LoadedSite> {
  const { settings, diagnostics: settingsDiagnostics } = await loadSettings(options.settingsFile);
  const { files, diagnostics: discoveryDiagnostics } = await discoverContent(options.contentDir);
  const context: LoadContext = { settings, today: options.today };
  const contextKey = JSON.stringify(context);
  const pages = await Promise.all(files.map(async (f): Promise<LoadedPage> => {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(f.absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      return { role: undefined, diagnostics: [diagnostic('file/unreadable', f.file, { line: 1, column: 1 }, `The file could not be read (${code}).`)] };
    }
    return pageCache.get(f.file, bytes, `${contextKey}\0${f.pathInContent}`, () => loadPage({ bytes, file: f.file, pathInContent: f.pathInContent }, context));
  }));
  const model = makeSiteModel(settings, pages.flatMap((p): Role[] => (p.role ? [p.role] : [])));
  const diagnostics = [...settingsDiagnostics, ...discoveryDiagnostics, ...pages.flatMap((p) => p.diagnostics), ...runSiteChecks(model)];
  return { model, files: files.map((f) => f.file), diagnostics: applyRuleSettings(diagnostics, settings.rules).sort(compareDiagnostics) };
}

/** Today's date as YYYY-MM-DD (UTC), or the date of SOURCE_DATE_EPOCH for reproducible builds. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
