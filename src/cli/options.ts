import { existsSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FORMATS, type Format } from '../diagnostics/format.ts';
import { LINKS_MODES, type LinksMode } from '../links/links-mode.ts';
import { UsageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments, turning every mistake into a UsageError. */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The options that reading content shares across commands. */
export const CONTENT_OPTIONS = {
  content: { type: 'string', default: 'content' },
  settings: { type: 'string' },
  strict: { type: 'boolean', default: false },
  cache: { type: 'string', default: '.careers-cache' },
  'no-cache': { type: 'boolean', default: false },
} as const satisfies Options;

/** The cache folder the content options choose: `--cache DIR`, or none with `--no-cache`. */
export function cacheDirOption(values: { cache?: string | undefined; 'no-cache'?: boolean | undefined }): string | undefined {
  return values['no-cache'] ? undefined : values.cache;
}

/** Checks that a content folder exists before anything reads it. */
export function requireFolder(path: string, what: string): string {
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new UsageError(`${what} "${path}" is not a folder.`);
  return path;
}

/** Checks a `--format` value against the formats a command supports. */
export function parseFormat(value: string | undefined, allowed: readonly string[] = FORMATS): Format {
  const format = value ?? 'text';
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}; got "${format}".`);
  return format as Format;
}

/** Checks a `--links` value (for `build` and `check`). */
export function parseLinksMode(value: string | undefined): LinksMode {
  const mode = value ?? 'error';
  if (!(LINKS_MODES as readonly string[]).includes(mode)) throw new UsageError(`--links must be one of ${LINKS_MODES.join(', ')}; got "${mode}".`);
  return mode as LinksMode;
}
