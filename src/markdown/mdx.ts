import type { BodyFinding } from './shortcode-tree.ts';
import { FILLER } from './shortcodes.ts';

/** An MDX page (Docusaurus, Gatsby, Next.js handbooks): read as Markdown, its code never run. */
const MDX_PAGE = /\.mdx$/i;
/** MDX's ESM: a line opening with `import` or `export` at the start of a block; it runs to the next blank line. */
const ESM = /^(import|export)(?=[\s{*])/;
/** An MDX comment, `{/* … *\/}`, on one line. Bounded, and it cannot run past its own end. */
const COMMENT = /\{\/\*(?:[^*\n]|\*(?!\/\}))*\*\/\}/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface MdxPrepass {
  /** The body with ESM blocks and comments replaced by text of the same length, so positions stay the file's. */
  readonly text: string;
  /** True when filler was left in the text (a comment beside other text), for the settling pass to remove. */
  readonly filled: boolean;
  /** Blocks of code left out, positioned in the body (line 1 is its first line). */
  readonly findings: readonly BodyFinding[];
}

export function isMdxPage(pathInContent: string): boolean {
  return MDX_PAGE.test(pathInContent);
}

/**
 * Prepares an MDX body for remark: each `import`/`export` block (outside code fences) is blanked with a
 * `markdown/mdx-code` warning at its first line, since MDX code is never run, and `{/* … *\/}` comments
 * are blanked as HTML comments are dropped. JSX components are left for the raw-HTML check to report.
 */
export function replaceMdxCode(body: string): MdxPrepass {
  const lines = body.split('\n');
  const findings: BodyFinding[] = [];
  let fence: string | undefined;
  let inEsm = false;
  let blockStart = true;
  let filled = false;
  const out = lines.map((line, index) => {
    const opened = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opened !== undefined && opened[0] === fence[0] && opened.length >= fence.length && line.trim() === opened) fence = undefined;
      return line;
    }
    if (opened !== undefined) {
      fence = opened;
      return line;
    }
    const blank = line.trim() === '';
    if (inEsm && blank) inEsm = false;
    const esm = blockStart && ESM.exec(line);
    blockStart = blank;
    if (esm) {
      inEsm = true;
      findings.push({ rule: 'markdown/mdx-code', line: index + 1, column: 1, message: `The MDX \`${esm[1]}\` block is left out of the page: MDX code is never run.` });
    }
    if (inEsm) return line.replace(/\S/g, ' ');
    return line.replace(COMMENT, (comment: string, at: number) => {
      const alone = line.slice(0, at).trim() === '' && line.slice(at + comment.length).replace(COMMENT, '').trim() === '';
      filled ||= !alone;
      return (alone ? ' ' : FILLER).repeat(comment.length);
    });
  });
  return { text: out.join('\n'), filled, findings };
}
