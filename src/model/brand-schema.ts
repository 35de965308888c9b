import { z } from 'zod';

const colour = z.string().regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'expected a colour as "#rgb" or "#rrggbb", such as "#0b57d0"');

const HTTP_URL = /^https?:\/\//i;
// A path inside the repository, with forward slashes: nothing absolute, no `..`, no backslash, no
// scheme. The file is copied into the site, so it must not reach outside the folder it is given in.
const REPOSITORY_PATH = /^(?![/~])(?!.*(?:^|\/)\.\.?(?:\/|$))(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\u0000-\u001f]+$/;

/** A file in the user's repository, relative to the settings file, whose name ends in one of `extensions`. */
function repositoryFile(extensions: readonly string[], example: string) {
  const ending = new RegExp(`\\.(${extensions.join('|')})$`, 'i');
  return z.string()
    .regex(REPOSITORY_PATH, `expected a path relative to the settings file, such as "${example}"`)
    .regex(ending, `expected a file ending in ${extensions.map((e) => `.${e}`).join(', ')}`);
}

/** A folder in the user's repository, relative to the settings file, such as `my-layouts/`. */
export const repositoryFolder = z.string().regex(REPOSITORY_PATH, 'expected a folder relative to the settings file, such as "my-layouts/"');

const IMAGE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'gif', 'avif'];
const imageFile = repositoryFile(IMAGE_EXTENSIONS, 'brand/logo.svg');

const logo = z.string().refine((value) => HTTP_URL.test(value) ? URL.canParse(value) : imageFile.safeParse(value).success, {
  message: `expected an http(s) URL or an image file relative to the settings file (${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')}), such as "brand/logo.svg"`,
});

const colours = { color: colour.optional(), accent: colour.optional() };

/** `brand:` in the settings: the site's own logo, colours, favicon and stylesheet. */
export const BrandSchema = z.strictObject({
  logo: logo.optional(),
  ...colours,
  /** Colours for dark mode; without them the light ones are used in both. */
  dark: z.strictObject(colours).optional(),
  favicon: repositoryFile(['svg', 'png', 'ico'], 'brand/favicon.svg').optional(),
  stylesheet: repositoryFile(['css'], 'brand/site.css').optional(),
});

export type Brand = z.output<typeof BrandSchema>;

/** The brand settings that name files in the user's repository. */
export const BRAND_FILE_KEYS = ['logo', 'favicon', 'stylesheet'] as const;
export type BrandFileKey = (typeof BRAND_FILE_KEYS)[number];

/** Whether a logo setting is a URL (used as it is) rather than a file (copied into the site). */
export function isUrl(value: string): boolean {
  return HTTP_URL.test(value);
}

/**
 * Where a brand file is published: a fixed name per kind, so two files called `logo.svg` in different
 * folders cannot collide and a page's links do not change when the file moves in the repository.
 */
export function brandFilePath(key: BrandFileKey, file: string): string {
  const extension = /\.[A-Za-z0-9]+$/.exec(file)?.[0].toLowerCase() ?? '';
  return `/assets/brand/${key === 'stylesheet' ? 'custom' : key}${extension}`;
}

/** The page backgrounds of our stylesheet (layouts/assets/site.css), which brand colours are read against. */
export const PAGE_BACKGROUNDS = {
  light: { page: '#ffffff', card: '#f4f6f8' },
  dark: { page: '#0d1117', card: '#161b22' },
} as const;

/** The site paths of the brand files a site publishes, for the link check. */
export function brandSitePaths(brand: Brand): string[] {
  return BRAND_FILE_KEYS.flatMap((key) => {
    const value = brand[key];
    return value === undefined || isUrl(value) ? [] : [brandFilePath(key, value)];
  });
}

/** Our own favicon, published with the stylesheet; a site's `brand.favicon` replaces it. */
export const DEFAULT_FAVICON = '/assets/favicon.svg';
