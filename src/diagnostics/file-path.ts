import { relative, sep } from 'node:path';

/** A path with forward slashes, as diagnostics, URLs and CI reports name files on every system. */
export function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** How a diagnostic names a file: relative to the working directory, with forward slashes. */
export function displayPath(absolute: string, cwd: string = process.cwd()): string {
  return toSlashes(relative(cwd, absolute));
}
