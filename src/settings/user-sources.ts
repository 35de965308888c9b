import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Settings } from '../model/settings-schema.ts';
import type { UserSources } from '../model/user-sources.ts';
import { brandFiles } from './brand-files.ts';
import { layoutsFolder, loadLayoutOverrides } from './layout-overrides.ts';
import { DEFAULT_SETTINGS_FILE } from './settings-file.ts';

/**
 * What the site takes from the user's repository besides content: the brand files to publish and the
 * layouts that replace ours, both found relative to the settings file (which has been checked: a
 * missing file was reported there).
 */
export async function loadUserSources(settings: Settings, settingsFile: string | undefined): Promise<{ sources: UserSources; diagnostics: Diagnostic[] }> {
  const files = brandFiles(settings.brand, settingsFile).map((file) => ({ source: file.source, file: file.sitePath }));
  const { layouts, diagnostics } = await loadLayoutOverrides(layoutsFolder(settings.layouts, settingsFile));
  return { sources: { files, layouts }, diagnostics };
}

/**
 * The files and folders of the user's repository a site is made from besides its content: the settings
 * file, the brand files and the layouts folder. A preview watches them, so an edit to any shows.
 */
export function userSourcePaths(settings: Settings, settingsFile: string | undefined): string[] {
  const layouts = layoutsFolder(settings.layouts, settingsFile);
  return [settingsFile ?? DEFAULT_SETTINGS_FILE, ...brandFiles(settings.brand, settingsFile).map((file) => file.source), ...(layouts === undefined ? [] : [layouts])];
}
