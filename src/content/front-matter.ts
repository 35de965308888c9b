import matter from 'gray-matter';
import { diagnostic } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { positionOf } from '../diagnostics/positions.ts';
import { parseYaml } from '../yaml/parse-yaml.ts';
import { parseToml } from '../yaml/toml-front-matter.ts';
import type { PositionedYaml } from '../yaml/validate-yaml.ts';

/** Front matter split from the body, with what is needed to point at any key or value in it. */
export interface FrontMatter extends PositionedYaml {
  /** The Markdown after the closing `---`. */
  readonly body: string;
  /** The file line on which the body starts (remark counts from 1 within the body). */
  readonly bodyLine: number;
}

/** A page's Markdown body and the file line it starts on. */
export interface PageBody {
  readonly body: string;
  readonly bodyLine: number;
}

/**
 * `diagnostics` are warnings when the front matter was read, errors otherwise. When the front matter cannot
 * be read, `body` is still there if the page's parts could be told apart, so the body can still be checked;
 * `absent` says the page has no front matter at all (its body is the whole file).
 */
export type FrontMatterResult =
  | { ok: true; frontMatter: FrontMatter; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[]; body: PageBody | undefined; absent?: true };

const OPENING = /^---([^\n]*)\n/;
const REFUSE = { parse: (): never => { throw new Error('Only YAML front matter is read; code in content never runs.'); } };
const CLOSING = /^---[ \t]*$/m;
const TOML_OPENING = /^\+\+\+[ \t]*\n/;
const TOML_CLOSING = /^\+\+\+[ \t]*$/m;

/**
 * Splits a page into front matter and body: YAML between `---` lines, or Hugo's TOML between `+++`
 * lines or JSON object opening the file. Each is parsed so that no code runs, dates stay strings and
 * every key and value keeps its position.
 */
export function readFrontMatter(text: string, file: string): FrontMatterResult {
  if (TOML_OPENING.test(text)) return readTomlFrontMatter(text, file);
  const json = jsonFrontMatterEnd(text);
  if (json !== undefined) return readJsonFrontMatter(text, file, json);
  return readYamlFrontMatter(text, file);
}

/** YAML between `---` lines, split by gray-matter and parsed with `yaml`. */
function readYamlFrontMatter(text: string, file: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) {
    return { ok: false, absent: true, body: { body: text, bodyLine: 1 }, diagnostics: [diagnostic('front-matter/missing', file, FILE_START, 'The page has no front matter: it must start with a `---` line.')] };
  }
  const closing = CLOSING.exec(text.slice(opening[0].length));
  const language = (opening[1] ?? '').trim();
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    // gray-matter is not asked to split such a page at all; the body follows the first plain `---` line.
    const bodyStart = closing ? Math.min(text.length, opening[0].length + closing.index + closing[0].length + 1) : undefined;
    const body = bodyStart === undefined ? undefined : { body: text.slice(bodyStart), bodyLine: positionOf(text, bodyStart).line };
    return { ok: false, body, diagnostics: [diagnostic('front-matter/language', file, { line: 1, column: 4 }, `Front matter in "${language}" is not allowed; only YAML is read, and code in content never runs.`)] };
  }
  if (!closing) {
    return { ok: false, body: undefined, diagnostics: [diagnostic('front-matter/syntax', file, FILE_START, 'The front matter is never closed: no `---` line follows the opening one.', 'Add a line `---` after the last front-matter key.')] };
  }

  let yamlText = '';
  // gray-matter finds the delimiters; the YAML is parsed below. Passing options bypasses gray-matter's
  // per-string cache. gray-matter merges our engines over its own, which include `javascript` (it runs
  // `eval`) and `coffee`: the check above stops other languages, and these stubs make sure they never run.
  const parsed = matter(text, {
    language: 'yaml',
    engines: { yaml: { parse: (raw: string): object => ((yamlText = raw), {}) }, javascript: REFUSE, coffee: REFUSE, json: REFUSE },
  });
  const body = parsed.content;
  const bodyStart = text.length - body.length;
  const bodyLine = positionOf(text, bodyStart).line;
  const split = { body, bodyLine };
  // gray-matter also closes at a line such as `---js`, leaving `js` as the start of the body.
  if (text[bodyStart - 1] !== '\n' && (body.split('\n', 1)[0] ?? '').trim() !== '') {
    const rest = body.indexOf('\n') === -1 ? { body: '', bodyLine } : { body: body.slice(body.indexOf('\n') + 1), bodyLine: bodyLine + 1 };
    return { ok: false, body: rest, diagnostics: [diagnostic('front-matter/syntax', file, { line: bodyLine, column: 4 }, 'The line that closes the front matter has text after `---`.', 'Make the closing line just `---`.')] };
  }

  // gray-matter hands over the text after `---` on the opening line, so YAML line 1 is file line 1, shifted 3 columns.
  const result = parseYaml(yamlText, file, 'front-matter/syntax', 3, 'front-matter/unindented-continuation', 'front-matter/duplicate-key');
  if (!result.ok) return { ...result, body: split };
  return asMap(result.yaml, split, result.warnings, file);
}

/** Hugo's TOML between `+++` lines; TOML line 1 is file line 2. */
function readTomlFrontMatter(text: string, file: string): FrontMatterResult {
  const start = text.indexOf('\n') + 1;
  const closing = TOML_CLOSING.exec(text.slice(start));
  if (!closing) {
    return { ok: false, body: undefined, diagnostics: [diagnostic('front-matter/syntax', file, FILE_START, 'The front matter is never closed: no `+++` line follows the opening one.', 'Add a line `+++` after the last front-matter key.')] };
  }
  const bodyStart = Math.min(text.length, start + closing.index + closing[0].length + 1);
  const split = { body: text.slice(bodyStart), bodyLine: positionOf(text, bodyStart).line };
  const result = parseToml(text.slice(start, start + closing.index), file, 'front-matter/syntax', 2);
  if (!result.ok) return { ...result, body: split };
  return asMap(result.yaml, split, [], file);
}

/**
 * Where Hugo's JSON front matter ends: a file that opens with `{` has it up to the matching `}` (braces
 * in strings aside), here only when that `}` is alone on its line. When no brace matches (an unclosed
 * string), the first line that is just `}` closes it, so that the JSON error is reported inside it.
 */
function jsonFrontMatterEnd(text: string): number | undefined {
  if (!text.startsWith('{')) return undefined;
  const closingLine = /^\}[ \t]*$/m.exec(text);
  if (!closingLine) return undefined;
  const match = matchingBrace(text);
  if (match === undefined) return closingLine.index;
  const lineEnd = text.indexOf('\n', match);
  return text[match - 1] === '\n' && text.slice(match + 1, lineEnd === -1 ? text.length : lineEnd).trim() === '' ? match : undefined;
}

/** The `}` that closes the `{` opening the text, scanned as Hugo scans it. */
function matchingBrace(text: string): number | undefined {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === '{') depth++;
    else if (!quoted && c === '}' && --depth === 0) return i;
  }
  return undefined;
}

/** JSON front matter from `{` to the `}` at `end`: JSON is YAML 1.2, so `yaml` reads it with every position. */
function readJsonFrontMatter(text: string, file: string, end: number): FrontMatterResult {
  const bodyStart = text.indexOf('\n', end) + 1 || text.length;
  const split = { body: text.slice(bodyStart), bodyLine: positionOf(text, bodyStart).line };
  const result = parseYaml(text.slice(0, end + 1), file, 'front-matter/syntax');
  if (!result.ok) return { ...result, body: split };
  return asMap(result.yaml, split, result.warnings, file);
}

/** The read front matter, or `front-matter/not-a-map` when it is a list or a lone value. */
function asMap(yaml: PositionedYaml, split: PageBody, warnings: Diagnostic[], file: string): FrontMatterResult {
  const { data } = yaml;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const range = yaml.document?.contents?.range;
    const at = range ? yaml.positionAt(range[0]) : { line: 2, column: 1 };
    return { ok: false, body: split, diagnostics: [...warnings, diagnostic('front-matter/not-a-map', file, at, 'The front matter must be a set of `key: value` pairs.')] };
  }
  return { ok: true, frontMatter: { ...yaml, ...split }, diagnostics: warnings };
}
