// Wiring only: the careers plugin (src/eleventy/plugin.ts) does the work. The CLI (`npm run build`)
// runs Eleventy with this file; CAREERS_CONTENT and CAREERS_SETTINGS choose the content and settings.
import careersPlugin, { optionsFromEnvironment } from './src/eleventy/plugin.ts';
import type { EleventyConfig } from './src/eleventy/eleventy-config.ts';
import { packagePath } from './src/package-root.ts';
import { buildDate } from './src/build/load-site.ts';

export default function (eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(careersPlugin, optionsFromEnvironment(process.env, buildDate()));
}

export const config = {
  // Templates are virtual (added by the plugin); `layouts/` holds their TypeScript render functions,
  // which Eleventy does not treat as templates because only `11ty.js` is a template format here.
  // Absolute, because Eleventy reads a relative folder from the working directory, which may be any.
  dir: { input: packagePath('layouts') },
  templateFormats: ['11ty.js'],
};
