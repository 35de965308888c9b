/** A URL written in an HTML attribute, with where the attribute starts. */
export interface HtmlLink {
  readonly url: string;
  readonly tag: string;
  /** Offset of the attribute in the HTML text. */
  readonly offset: number;
}

/** The links and ids of one HTML document. */
export interface ScannedHtml {
  readonly links: HtmlLink[];
  readonly ids: string[];
}

/** Which attribute of which element holds a URL a reader or browser follows. */
const URL_ATTRIBUTES: Readonly<Record<string, string>> = {
  a: 'href', area: 'href', link: 'href',
  img: 'src', script: 'src', iframe: 'src', audio: 'src', video: 'src', source: 'src', track: 'src', embed: 'src',
};
/** `<link>` relations that are hints to the browser, not resources or pages. */
const HINT_RELATIONS = /^(preconnect|dns-prefetch)$/i;

// A comment, or an opening tag whose attribute values may hold `>` inside quotes. Each step takes one
// character or one quoted value, so the pattern cannot backtrack exponentially on a stray `<`.
const TOKEN = /<!--[\s\S]*?-->|<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = /^(script|style)$/i;

/**
 * Lists the link URLs and the ids in HTML that the generator wrote. A small tokenizer, not a full
 * parser: enough for well-formed output, and it skips comments and the text of scripts and styles.
 */
export function scanHtml(text: string): ScannedHtml {
  const links: HtmlLink[] = [];
  const ids: string[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const tag = match[1]?.toLowerCase();
    if (tag === undefined) continue;
    const attributesText = match[2] ?? '';
    const urlAttribute = URL_ATTRIBUTES[tag];
    // Most tags carry neither a URL nor an id; skipping their attributes halves the time on a large site.
    if (urlAttribute === undefined && !attributesText.includes('id') && !RAW_TEXT.test(tag)) continue;
    const attributesOffset = match.index + 1 + tag.length;
    const attributes = new Map<string, { value: string; offset: number }>();
    ATTRIBUTE.lastIndex = 0;
    for (let a = ATTRIBUTE.exec(attributesText); a !== null; a = ATTRIBUTE.exec(attributesText)) {
      const name = (a[1] ?? '').toLowerCase();
      if (!attributes.has(name)) attributes.set(name, { value: decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''), offset: attributesOffset + a.index });
    }
    const id = attributes.get('id');
    if (id) ids.push(id.value);
    const url = urlAttribute === undefined ? undefined : attributes.get(urlAttribute);
    if (url && !(tag === 'link' && HINT_RELATIONS.test(attributes.get('rel')?.value ?? ''))) links.push({ url: url.value, tag, offset: url.offset });
    if (RAW_TEXT.test(tag)) {
      const close = new RegExp(`</${tag}`, 'gi');
      close.lastIndex = TOKEN.lastIndex;
      TOKEN.lastIndex = close.exec(text)?.index ?? text.length;
    }
  }
  return { links, ids };
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes the character references that generated attribute values use. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
