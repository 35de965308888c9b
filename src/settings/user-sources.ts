import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Settings } from '../model/settings-schema.ts';
import type { UserSources } from '../model/user-sources.ts';
import { brandFiles } from './brand-files.ts';
import { layoutsFolder, loadLayoutOverrides } from './layout-overrides.ts';

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
