import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toSlashes } from '../diagnostics/file-path.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { OVERRIDABLE_LAYOUTS, type OverridableLayout, type UserSources } from '../model/user-sources.ts';
import { valuePosition } from '../yaml/yaml-position.ts';
import type { PositionedYaml } from '../yaml/validate-yaml.ts';
import { DEFAULT_SETTINGS_FILE } from './settings-file.ts';

const MODULE = /^(.+)\.(m?js)$/;

/** The `layouts` folder of the settings, relative to the working directory; undefined when none is set. */
export function layoutsFolder(layouts: string | undefined, settingsFile: string | undefined): string | undefined {
  return layouts === undefined ? undefined : join(dirname(settingsFile ?? DEFAULT_SETTINGS_FILE), layouts);
}

/** An error at the `layouts` setting when it names no folder. */
export function layoutsFolderDiagnostics(layouts: string | undefined, yaml: PositionedYaml, settingsFile: string): Diagnostic[] {
  const folder = layoutsFolder(layouts, settingsFile);
  if (folder === undefined) return [];
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // Reported below, as for a file.
  }
  if (isFolder) return [];
  return [diagnostic('settings/missing-file', settingsFile, valuePosition(yaml.document, ['layouts'], yaml.positionAt), `\`layouts\` names "${layouts ?? ''}", which is not a folder.`)];
}

/**
 * Imports the modules of the `layouts` folder that replace ours: `role.js` must export `rolePage`, and
 * so on (OVERRIDABLE_LAYOUTS). A module is imported again when it changes, so a preview picks up edits.
 * These modules are the site's own code and run with the build's rights, like an Eleventy config file.
 */
export async function loadLayoutOverrides(folder: string | undefined): Promise<{ layouts: UserSources['layouts']; diagnostics: Diagnostic[] }> {
  const layouts: Partial<Record<OverridableLayout, (...args: never[]) => unknown>> = {};
  const diagnostics: Diagnostic[] = [];
  if (folder === undefined) return { layouts, diagnostics };
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return { layouts, diagnostics };
  }
  for (const name of names) {
    const match = MODULE.exec(name);
    if (!match) continue;
    const file = toSlashes(join(folder, name));
    const layout = match[1] ?? '';
    if (!isOverridable(layout)) {
      diagnostics.push(diagnostic('layouts/unknown', file, FILE_START, `"${name}" replaces none of our layouts, so it is not used.`));
      continue;
    }
    const exportName = OVERRIDABLE_LAYOUTS[layout];
    const path = resolve(folder, name);
    let loaded: Record<string, unknown>;
    try {
      // Imported once per version of its bytes, so a preview picks up an edit. Not per modification time:
      // a save that truncates the file and then writes it can leave both in one clock tick (timestamps
      // are a few milliseconds coarse), and the empty module caught in between would be kept.
      loaded = (await import(`${pathToFileURL(path).href}?version=${createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16)}`)) as Record<string, unknown>;
    } catch (error) {
      diagnostics.push(diagnostic('layouts/invalid', file, FILE_START, `The layout could not be loaded: ${firstLine(error)}`));
      continue;
    }
    const replacement = loaded[exportName];
    if (typeof replacement !== 'function') {
      diagnostics.push(diagnostic('layouts/invalid', file, FILE_START, `The layout exports no function \`${exportName}\`, so ours is used.`, `Add \`export function ${exportName}(…)\`, with the arguments of ours (see the README).`));
      continue;
    }
    layouts[layout] = replacement as (...args: never[]) => unknown;
  }
  return { layouts, diagnostics };
}

function isOverridable(name: string): name is OverridableLayout {
  return Object.hasOwn(OVERRIDABLE_LAYOUTS, name);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() ?? message;
}
