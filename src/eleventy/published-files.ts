import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PublishedFile } from '../model/user-sources.ts';

/**
 * Copies the site's own files (logo, favicon, stylesheet) into the folder Eleventy has just written, as
 * they are: a passthrough copy would have to be declared before the settings that name them are read.
 */
export function copyPublishedFiles(event: unknown, files: readonly PublishedFile[]): void {
  const { directories, outputMode } = (event ?? {}) as { directories?: { output?: string }; outputMode?: string };
  const output = directories?.output;
  if (output === undefined || (outputMode !== undefined && outputMode !== 'fs')) return;
  for (const file of files) {
    const target = join(output, file.file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file.source, target);
  }
}
