import { readFile } from 'node:fs/promises';
import { parseYaml } from '../yaml/parse-yaml.ts';
import { validateYaml } from '../yaml/validate-yaml.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../model/settings-schema.ts';
import { UI_STRINGS } from '../model/ui-strings.ts';
import { BrandSchema } from '../model/brand-schema.ts';
import { brandContrastDiagnostics } from './brand-contrast.ts';
import { brandFileDiagnostics } from './brand-files.ts';
import { layoutsFolderDiagnostics } from './layout-overrides.ts';
import { DEFAULT_SETTINGS_FILE } from './settings-file.ts';

export { DEFAULT_SETTINGS_FILE };

export interface LoadedSettings {
  readonly settings: Settings;
  readonly diagnostics: Diagnostic[];
  /** The file's text, part of the cache key of everything built with these settings. */
  readonly text: string;
}

/** Reads and validates the settings file; a missing default file gives the defaults, a missing named file an error. */
export async function loadSettings(file: string | undefined): Promise<LoadedSettings> {
  const path = file ?? DEFAULT_SETTINGS_FILE;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (file === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: DEFAULT_SETTINGS, diagnostics: [], text: '' };
    return { settings: DEFAULT_SETTINGS, diagnostics: [diagnostic('file/unreadable', path, FILE_START, `The settings file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`)], text: '' };
  }
  const parsed = parseYaml(text, path, 'settings/syntax');
  if (!parsed.ok) return { settings: DEFAULT_SETTINGS, diagnostics: parsed.diagnostics, text };
  const result = validateYaml(SettingsSchema, parsed.yaml, path, {
    unknownKey: 'settings/unknown-key',
    required: 'settings/invalid',
    type: 'settings/invalid',
    reference: "the settings section of careers' README",
    knownKeys: { '': Object.keys(SettingsSchema.shape), organization: ['name', 'url', 'logo'], grades: ['min', 'max'], brand: Object.keys(BrandSchema.shape), 'brand.dark': ['color', 'accent'], ui: Object.keys(UI_STRINGS), ats: ['provider', 'board', 'api_url'] },
  });
  if (!result.ok) return { settings: DEFAULT_SETTINGS, diagnostics: result.diagnostics, text };
  const settings = result.data;
  const diagnostics = [
    ...result.diagnostics,
    ...brandContrastDiagnostics(settings.brand, parsed.yaml, path),
    ...brandFileDiagnostics(settings.brand, parsed.yaml, path),
    ...layoutsFolderDiagnostics(settings.layouts, parsed.yaml, path),
  ];
  return { settings, diagnostics, text };
}

/**
 * The build's warning that the settings name no origin: once per build, at the settings file, since no
 * page can fix it. `check` does not say it: checking pages needs no origin.
 */
export function noOriginDiagnostic(file: string | undefined): Diagnostic {
  return diagnostic('settings/no-origin', file ?? DEFAULT_SETTINGS_FILE, FILE_START, 'No `origin` is set, so absolute URLs cannot be made: pages get no canonical or og:url link, the feeds use relative links, the sitemap lists no pages and robots.txt has no `Sitemap:` line.');
}
