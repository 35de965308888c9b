import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of this package, where `package.json`, `layouts/` and `node_modules/` are: the nearest
 * folder above this module holding a `package.json`. Found by walking up rather than by a fixed
 * `../..`, because the same code runs from `src/` and from the compiled bundle in `dist/`.
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${start}`);
  }
}

/**
 * An absolute path inside this package. Eleventy resolves relative paths (input folder, passthrough
 * copies) against the working directory, which may be any, so every path handed to it comes from here.
 */
export function packagePath(relativePath: string): string {
  return join(PACKAGE_ROOT, relativePath);
}
