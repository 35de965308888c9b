import { realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { diagnostic } from '../diagnostics/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { BRAND_FILE_KEYS, brandFilePath, isUrl, type Brand, type BrandFileKey } from '../model/brand-schema.ts';
import { valuePosition } from '../yaml/yaml-position.ts';
import type { PositionedYaml } from '../yaml/validate-yaml.ts';
import { DEFAULT_SETTINGS_FILE } from './settings-file.ts';

/** A file of the user's repository that the build copies into the site. */
export interface BrandFile {
  readonly key: BrandFileKey;
  /** Where to read it: relative to the working directory, like the settings file's own path. */
  readonly source: string;
  /** Where the site publishes it, such as `/assets/brand/logo.svg`. */
  readonly sitePath: string;
}

/** The brand files to copy into the site; paths in the settings are relative to the settings file's folder. */
export function brandFiles(brand: Brand, settingsFile: string | undefined): BrandFile[] {
  const folder = dirname(settingsFile ?? DEFAULT_SETTINGS_FILE);
  const files: BrandFile[] = [];
  for (const key of BRAND_FILE_KEYS) {
    const value = brand[key];
    if (value !== undefined && !isUrl(value)) files.push({ key, source: join(folder, value), sitePath: brandFilePath(key, value) });
  }
  return files;
}

/**
 * An error at each brand file that is not a regular file inside the settings file's folder: it would be
 * missing from the site, or (through a symbolic link) publish a file from elsewhere on the machine.
 */
export function brandFileDiagnostics(brand: Brand, yaml: PositionedYaml, settingsFile: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let root: string;
  try {
    root = realpathSync(dirname(settingsFile));
  } catch {
    return diagnostics;
  }
  for (const file of brandFiles(brand, settingsFile)) {
    const problem = fileProblem(file.source, root);
    if (problem === undefined) continue;
    const at = valuePosition(yaml.document, ['brand', file.key], yaml.positionAt);
    diagnostics.push(diagnostic('settings/missing-file', settingsFile, at, `\`brand.${file.key}\` names "${brand[file.key] ?? ''}", which ${problem}.`));
  }
  return diagnostics;
}

function fileProblem(path: string, root: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return 'is not a file';
    const real = realpathSync(path);
    return real.startsWith(root + sep) ? undefined : 'leads outside the folder of the settings file';
  } catch {
    return 'does not exist';
  }
}
