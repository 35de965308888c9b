import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { packagePath } from '../package-root.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import { SITE_FILES } from '../model/site-paths.ts';
import { lineLocator } from '../diagnostics/positions.ts';
import type { LinkSite } from './resolve-link.ts';
import { LEVELS_TITLE_ID, MAIN_ID, TOC_TITLE_ID } from '../model/page-ids.ts';

/** Where a layout writes a URL attribute, and how to recognise the URLs it renders. */
export interface LayoutAttribute extends Position {
  /** The layout file, relative to the working directory. */
  readonly file: string;
  /**
   * The attribute value as a regular expression: its fixed text, each `${…}` matching anything, except
   * known constants and `urls.href(…)`, which match what they render (given the site's prefix).
   */
  readonly pattern: string;
  /** Fixed text the value must contain: the literal parts and the known constants named in `${…}`. */
  readonly known: readonly string[];
}

export const LAYOUTS_DIR = packagePath('layouts');

// `href="…"` or `src="…"` in a layout's template text; `${…}` may hold quotes but no braces.
const ATTRIBUTE = /\b(?:href|src)="((?:\$\{[^{}]*\}|[^"$]|\$(?!\{))*)"/g;
const EXPRESSION = /\$\{([^{}]*)\}/g;
/** Constants layouts use in URLs, so `${urls.href(SITE_FILES.stylesheet)}` is known to end in `/assets/site.css`. */
const CONSTANTS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(SITE_FILES).map(([name, value]) => [`SITE_FILES.${name}`, value] as const),
  ['MAIN_ID', MAIN_ID], ['LEVELS_TITLE_ID', LEVELS_TITLE_ID], ['TOC_TITLE_ID', TOC_TITLE_ID],
]);

/** Lists every URL attribute the layouts write, with its position (read once per process). */
export function layoutAttributes(dir = LAYOUTS_DIR, cwd = process.cwd()): readonly LayoutAttribute[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  const found: LayoutAttribute[] = [];
  const files = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => e.name).sort();
  for (const name of files) {
    const text = readFileSync(join(dir, name), 'utf8');
    const locate = lineLocator(text);
    const file = relative(cwd, join(dir, name)).split(sep).join('/');
    ATTRIBUTE.lastIndex = 0;
    for (let match = ATTRIBUTE.exec(text); match !== null; match = ATTRIBUTE.exec(text)) {
      const value = match[1] ?? '';
      const known: string[] = [];
      let pattern = '';
      let last = 0;
      EXPRESSION.lastIndex = 0;
      for (let e = EXPRESSION.exec(value); e !== null; e = EXPRESSION.exec(value)) {
        const fixed = value.slice(last, e.index);
        if (fixed) known.push(fixed);
        const literals = expressionLiterals(e[1] ?? '');
        pattern += escapeRegExp(fixed) + expressionPattern(e[1] ?? '', literals);
        known.push(...literals);
        last = e.index + e[0].length;
      }
      const tail = value.slice(last);
      if (tail) known.push(tail);
      pattern += escapeRegExp(tail);
      found.push({ file, ...locate(match.index), pattern: `^${pattern}$`, known });
    }
  }
  cache.set(dir, found);
  return found;
}

/** The layout attribute that most likely wrote `url`: it must match, and the more fixed text it shares the better. */
export function findLayoutAttribute(url: string, attributes: readonly LayoutAttribute[], site: LinkSite): LayoutAttribute | undefined {
  let best: LayoutAttribute | undefined;
  let bestScore = -1;
  for (const attribute of attributes) {
    if (!compiled(attribute.pattern, site).test(url)) continue;
    const score = attribute.known.reduce((sum, text) => sum + (url.includes(text) ? text.length : 0), 0);
    if (score > bestScore) {
      best = attribute;
      bestScore = score;
    }
  }
  return best;
}

const cache = new Map<string, readonly LayoutAttribute[]>();
const HREF = '\u0000href\u0000';
const ABSOLUTE = '\u0000absolute\u0000';
const regexps = new Map<string, RegExp>();

/** A pattern with the site's own prefix and origin filled in, compiled once. */
function compiled(pattern: string, site: LinkSite): RegExp {
  const key = `${site.origin}${site.path_prefix}\u0000${pattern}`;
  let regexp = regexps.get(key);
  if (!regexp) {
    const prefix = escapeRegExp(site.path_prefix.replace(/\/$/, ''));
    regexp = new RegExp(pattern.split(HREF).join(prefix).split(ABSOLUTE).join(escapeRegExp(site.origin) + prefix), 's');
    regexps.set(key, regexp);
  }
  return regexp;
}

/** String literals and known constants in a template expression. */
function expressionLiterals(expression: string): string[] {
  const literals = [...expression.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');
  for (const [name, value] of CONSTANTS) if (new RegExp(`\\b${escapeRegExp(name)}\\b`).test(expression)) literals.push(value);
  return literals;
}

/**
 * What an expression can render: a known constant renders itself (`#${MAIN_ID}` is only ever `#main`);
 * `urls.href(x)` renders the path prefix and then x, which is a site path; anything else renders anything.
 */
function expressionPattern(expression: string, literals: readonly string[]): string {
  const only = literals.length === 1 ? literals[0] ?? '' : undefined;
  if (only !== undefined && CONSTANTS.has(expression.trim())) return escapeRegExp(only);
  const call = /^\s*urls\.(href|absolute)\(/.exec(expression);
  if (!call) return '.*';
  const start = call[1] === 'href' ? HREF : ABSOLUTE;
  return only === undefined ? `${start}/.*` : `${start}${escapeRegExp(only)}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
