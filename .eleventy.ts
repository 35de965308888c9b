// Wiring only, for running Eleventy on its own over the example content (`npx tsx node_modules/.bin/eleventy
// --config=.eleventy.ts`). The CLI does not read this file: it hands Eleventy the site it has checked.
import careersPlugin from './src/eleventy/plugin.ts';
import type { EleventyConfig } from './src/eleventy/eleventy-config.ts';
import { packagePath } from './src/package-root.ts';
import { buildDate } from './src/build/load-site.ts';

export default function (eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(careersPlugin, { contentDir: 'content', today: buildDate() });
}

export const config = {
  // Templates are virtual (added by the plugin); `layouts/` holds their TypeScript render functions,
  // which Eleventy does not treat as templates because only `11ty.js` is a template format here.
  // Absolute, because Eleventy reads a relative folder from the working directory, which may be any.
  dir: { input: packagePath('layouts') },
  templateFormats: ['11ty.js'],
};
