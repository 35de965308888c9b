import { fileURLToPath } from 'node:url';

/** The folder of this package, where `.eleventy.ts`, `layouts/` and `node_modules/` are. */
const PACKAGE_ROOT = new URL('../../', import.meta.url);

/**
 * An absolute path inside this package. Eleventy resolves relative paths (input folder, passthrough
 * copies) against the working directory, which may be any, so every path handed to it comes from here.
 */
export function packagePath(relativePath: string): string {
  return fileURLToPath(new URL(relativePath, PACKAGE_ROOT));
}
