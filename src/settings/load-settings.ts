import { readFile } from 'node:fs/promises';
import { parseYaml } from '../yaml/parse-yaml.ts';
import { validateYaml } from '../yaml/validate-yaml.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../model/settings-schema.ts';

/** Where settings are read from when no `--settings` is given. */
export const DEFAULT_SETTINGS_FILE = 'careers.config.yaml';

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
    knownKeys: { '': Object.keys(SettingsSchema.shape), organization: ['name', 'url', 'logo'], grades: ['min', 'max'], ats: ['provider', 'board', 'api_url'] },
  });
  return result.ok ? { settings: result.data, diagnostics: result.diagnostics, text } : { settings: DEFAULT_SETTINGS, diagnostics: result.diagnostics, text };
}
