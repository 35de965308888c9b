/**
 * A strict well-formedness check for the markup the generator writes (remark-html bodies, layouts,
 * feeds, the sitemap). Not a parser: it accepts only what careful output looks like, so anything
 * content could smuggle in (a raw `<`, a stray `&`, an unclosed or misnested element, an unquoted
 * attribute) shows up as a problem.
 */

export interface MarkupTag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
}

export interface MarkupReport {
  readonly problems: string[];
  /** Every start tag, in order, with its attributes (values decoded). */
  readonly tags: MarkupTag[];
  /** The text of each `<script>` element, for JSON-LD checks. */
  readonly scripts: string[];
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);
const NAMED = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00A0']]);
const REFERENCE = /&(?:#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const START_TAG = /<([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:="[^"]*")?)*)\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z][A-Za-z0-9-]*)\s*>/y;
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)(?:="([^"]*)")?/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Checks HTML (void elements, raw-text script and style, doctype) or XML (self-closing tags, prolog). */
export function checkMarkup(text: string, mode: 'html' | 'xml' = 'html'): MarkupReport {
  const problems: string[] = [];
  const tags: MarkupTag[] = [];
  const scripts: string[] = [];
  const open: string[] = [];
  const control = CONTROL.exec(text);
  if (control) problems.push(`control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} at offset ${control.index}`);
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '&') {
      REFERENCE.lastIndex = i;
      const reference = REFERENCE.exec(text);
      const name = reference?.[0].slice(1, -1) ?? '';
      if (!reference || (mode === 'xml' && !name.startsWith('#') && !NAMED.has(name))) problems.push(`stray "&" at offset ${i}: ${JSON.stringify(text.slice(i, i + 12))}`);
      i += reference ? reference[0].length : 1;
      continue;
    }
    if (c !== '<') {
      i++;
      continue;
    }
    const special = /^(<!--[\s\S]*?-->|<!doctype html>|<\?xml [^?]*\?>)/i.exec(text.slice(i, i + 200_000));
    if (special?.[0]) {
      i += special[0].length;
      continue;
    }
    END_TAG.lastIndex = i;
    const end = END_TAG.exec(text);
    if (end) {
      const name = (end[1] ?? '').toLowerCase();
      const expected = open.pop();
      if (expected !== name) problems.push(`</${name}> at offset ${i} closes <${expected ?? 'nothing'}>`);
      i = END_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = i;
    const start = START_TAG.exec(text);
    if (!start) {
      problems.push(`raw "<" at offset ${i}: ${JSON.stringify(text.slice(i, i + 40))}`);
      i++;
      continue;
    }
    const name = (start[1] ?? '').toLowerCase();
    // HTML allows "<" in a quoted attribute value (remark-html writes `class="language-<"`); XML does not.
    if (mode === 'xml' && (start[2] ?? '').includes('<')) problems.push(`"<" in an attribute at offset ${i}`);
    tags.push({ name, attributes: attributesOf(start[2] ?? '', problems) });
    i = START_TAG.lastIndex;
    const selfClosing = start[3] === '/';
    if (mode === 'html' && RAW_TEXT.has(name)) {
      const close = text.toLowerCase().indexOf(`</${name}`, i);
      if (close === -1) problems.push(`<${name}> at offset ${start.index} is never closed`);
      if (name === 'script') scripts.push(text.slice(i, close === -1 ? text.length : close));
      i = close === -1 ? text.length : close;
      open.push(name);
    } else if (mode === 'xml' ? !selfClosing : !VOID_ELEMENTS.has(name)) {
      open.push(name);
    }
  }
  if (open.length > 0) problems.push(`never closed: ${open.map((n) => `<${n}>`).join(' ')}`);
  return { problems, tags, scripts };
}

function attributesOf(text: string, problems: string[]): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (attributes.has(name)) problems.push(`attribute "${name}" given twice`);
    attributes.set(name, decode(match[2] ?? ''));
  }
  return attributes;
}

/** Decodes the character references the generator writes. */
export function decode(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED.get(name) ?? whole;
  });
}
