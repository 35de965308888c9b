import { lineLocator } from '../diagnostics/positions.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import { EMBED_START, EMBEDS, readEmbed, type Embed } from './shortcode-embeds.ts';

/**
 * `{{< name args >}}` and `{{% name args %}}`, closing `{{< /name >}}`, and Hugo's commented form
 * (the name wrapped in a slash-star comment). One line at most: Hugo pages write them so, and a longer match could swallow text.
 */
// Arguments are bounded and no two parts can match the same spaces, so a hostile line cannot make the match slow.
const SHORTCODE = /\{\{([<%])(?:\/\*)?[ \t]*(?:(\/)[ \t]*)?([A-Za-z][\w-]*)((?:[^\n>%}]|[>%](?!\}\})|\}(?!\})){0,400}?)(?:\*\/)?[>%]\}\}/g;
const UNTERMINATED = /\{\{[<%]/g;
/** Shortcodes that render a table of contents: the layout renders its own. */
const STRUCTURAL = /^(?:[\w-]*-)?(?:toc|table-of-contents)$/i;
/** Paired shortcodes whose inner Markdown is kept, rendered as a block quote. */
const CONTAINERS = new Set(['alert', 'note', 'panel', 'details', 'warning', 'tip', 'info', 'callout', 'notice', 'caution', 'important', 'blockquote', 'quote', 'admonition', 'hint']);
const TITLE_ARGUMENT = /\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const FIRST_ARGUMENT = /^\s*(?:path\s*=\s*)?(?:"([^"]*)"|'([^']*)'|`([^`]*)`|([^\s"'`=]+))/;

/** Stands in for a `ref` in the text remark parses: `\uE000` + its number, padded with `\uE001` to the shortcode's length. */
export const REF_START = '\uE000';
export const REF_PAD = '\uE001';
/** Fills the place of a removed inline shortcode, so later columns stay put; removed from the tree after parsing. */
export const FILLER = '\uE002';

/** A paired shortcode whose inner lines are kept: the body lines strictly between `open` and `close`. */
export interface ShortcodeBlock {
  readonly name: string;
  readonly open: number;
  readonly close: number;
  /** The opening shortcode's `title="…"`, when it has one. */
  readonly title?: string;
}

/** A shortcode that is neither a link target, a table of contents nor a known container. */
export interface ShortcodeFinding extends Position {
  readonly name: string;
  readonly problem: 'unknown' | 'unclosed' | 'unopened' | 'unterminated' | 'embed';
}

export interface ShortcodePrepass {
  /** The body with every shortcode replaced by text of the same length, so remark's columns are the file's. */
  readonly text: string;
  /** Targets of `ref`/`relref`, by the number in their stand-in. */
  readonly refs: readonly string[];
  /** What `youtube`, `vimeo` and `figure` show, by the number in their stand-in. */
  readonly embeds: readonly Embed[];
  readonly blocks: readonly ShortcodeBlock[];
  readonly findings: readonly ShortcodeFinding[];
}

interface Opened {
  readonly name: string;
  readonly at: Position;
  readonly known: boolean;
  readonly title?: string;
}

/** True when a body may hold a Hugo shortcode (the common case has none and skips the pass). */
export function mayHaveShortcodes(body: string): boolean {
  return body.includes('{{<') || body.includes('{{%');
}

/**
 * Replaces Hugo shortcodes before remark sees the body: a `ref`/`relref` by a stand-in that becomes
 * its link target after parsing, a `youtube`, `vimeo` or `figure` by one that becomes a link or image, a table of contents by blanks, the markers of a paired container by
 * blanks (its inner Markdown stays), and anything else by blanks with a finding. Nothing changes
 * length, so every position remark reports is still the position in the file.
 */
export function replaceShortcodes(body: string): ShortcodePrepass {
  const locate = lineLocator(body);
  const refs: string[] = [];
  const embeds: Embed[] = [];
  const blocks: ShortcodeBlock[] = [];
  const findings: ShortcodeFinding[] = [];
  const open: Opened[] = [];
  const text = body.replace(SHORTCODE, (whole, _delimiter: string, closing: string | undefined, rawName: string, args: string, offset: number) => {
    const name = rawName.toLowerCase();
    const at = locate(offset);
    if (!closing && (name === 'ref' || name === 'relref')) {
      const target = FIRST_ARGUMENT.exec(args);
      refs.push((target?.[1] ?? target?.[2] ?? target?.[3] ?? target?.[4] ?? '').trim());
      const standIn = `${REF_START}${refs.length - 1}`;
      return standIn.padEnd(whole.length, REF_PAD);
    }
    const embed = closing || !EMBEDS.has(name) ? undefined : readEmbed(name, args);
    if (embed) {
      embeds.push(embed);
      // A video is shown as a link to it (no player is embedded): the author should know.
      if (embed.kind === 'video') findings.push({ ...at, name, problem: 'embed' });
      return `${EMBED_START}${embeds.length - 1}`.padEnd(whole.length, REF_PAD);
    }
    if (closing) {
      const index = open.map((o) => o.name).lastIndexOf(name);
      if (index === -1) findings.push({ ...at, name, problem: 'unopened' });
      else {
        const [opened] = open.splice(index);
        if (opened?.known) blocks.push({ name, open: opened.at.line, close: at.line, ...(opened.title ? { title: opened.title } : {}) });
      }
    } else if (CONTAINERS.has(name)) {
      const title = TITLE_ARGUMENT.exec(args);
      const text = (title?.[1] ?? title?.[2] ?? '').trim();
      open.push({ name, at, known: true, ...(text ? { title: text } : {}) });
    } else if (!STRUCTURAL.test(name)) {
      findings.push({ ...at, name, problem: 'unknown' });
      // An unknown shortcode may be paired too; its closing tag then is no finding of its own.
      open.push({ name, at, known: false });
    }
    return blank(body, offset, whole.length);
  });
  for (const opened of open) if (opened.known) findings.push({ ...opened.at, name: opened.name, problem: 'unclosed' });
  // What is left opens a shortcode that never ends on its line: its opening never reaches the page either.
  const rest = text.replace(UNTERMINATED, (opening: string, offset: number) => {
    findings.push({ ...locate(offset), name: /[\w-]+/.exec(text.slice(offset + 3, offset + 60))?.[0] ?? '', problem: 'unterminated' });
    return FILLER.repeat(opening.length);
  });
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { text: rest, refs, embeds, blocks, findings };
}

/**
 * Spaces when the shortcode stands alone on its line (the line becomes blank and ends a block, as
 * Hugo's output would); otherwise filler characters, since leading spaces could turn the rest of
 * the line into an indented code block.
 */
function blank(body: string, offset: number, length: number): string {
  const lineStart = body.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = body.indexOf('\n', offset + length);
  const before = body.slice(lineStart, offset);
  const after = body.slice(offset + length, lineEnd === -1 ? body.length : lineEnd);
  const alone = before.trim() === '' && after.replace(SHORTCODE, '').trim() === '';
  return (alone ? ' ' : FILLER).repeat(length);
}
