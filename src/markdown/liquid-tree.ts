import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { BASE_URL, BLOCKS, MIDDLES, type LiquidFinding } from './liquid.ts';
import { FILLER } from './shortcodes.ts';
import type { BodyFinding } from './shortcode-tree.ts';

/**
 * After parsing: link stand-ins become the site's path prefix, and filler leaves link targets and
 * titles and code's info strings (text keeps it, for `settleShortcodes` to remove with its spaces).
 */
export function settleLiquid(tree: Root, pathPrefix: string): void {
  const prefix = pathPrefix.replace(/\/$/, '');
  const strip = (text: string): string => text.replaceAll(FILLER, '').replaceAll(BASE_URL, '');
  visit(tree, (visited) => {
    const node = visited as Root | RootContent;
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const url = node.url.replaceAll(FILLER, '');
      node.url = url.replace(new RegExp(`${BASE_URL}(?=$|[?#])`), pathPrefix).replaceAll(BASE_URL, prefix);
      if (node.title) node.title = strip(node.title);
    } else if (node.type === 'code') {
      if (node.lang) node.lang = strip(node.lang) || null;
      if (node.meta) node.meta = strip(node.meta) || null;
    } else if ('value' in node && typeof node.value === 'string' && node.value.includes(BASE_URL)) node.value = node.value.replaceAll(BASE_URL, FILLER);
  });
}

/** Liquid findings as diagnostics' parts, with lines in the file (`bodyLine` is the body's first line). */
export function liquidFindings(findings: readonly LiquidFinding[], bodyLine: number): BodyFinding[] {
  return findings.map((f) => ({ rule: 'markdown/template-tag', line: f.line + bodyLine - 1, column: f.column, message: message(f) }));
}

function message(f: LiquidFinding): string {
  const tag = `\`${f.tag}\``;
  const end = `\`{% end${f.name} %}\``;
  switch (f.problem) {
    case 'include':
      return `The Liquid tag ${tag} is left out of the page: templates are not run, so \`${f.target ?? ''}\` is not included.`;
    case 'tag':
      return `The Liquid tag ${tag} is left out of the page: templates are not run.`;
    case 'output':
      return `The Liquid output ${tag} is left out of the page: templates are not run, so \`${f.name}\` has no value here.`;
    case 'link':
      return f.target !== undefined
        ? `The Liquid output ${tag} is left out of this link and \`${f.target}\` is written in its place, under the site's path prefix: templates are not run.`
        : `The Liquid output ${tag} is left out of this link${f.name === 'baseurl' ? " and the site's path prefix is written in its place" : ', which then starts at the root of the site'}: templates are not run.`;
    case 'page-link':
      return `The Liquid tag ${tag} is read as a link to the page \`${f.target ?? ''}\`: templates are not run.`;
    case 'unclosed':
      return f.name === 'raw'
        ? `The Liquid tag ${tag} is never closed by \`{% endraw %}\`; it is left out, and the Liquid tags after it are left out as usual.`
        : `The Liquid tag ${tag} is never closed by ${end}; it is left out, and the text after it is shown as written.`;
    case 'stray':
      return MIDDLES.has(f.name) ? `The Liquid tag ${tag} is not inside an \`{% if %}\`, \`{% for %}\` or \`{% case %}\`; it is left out of the page.` : `The Liquid tag ${tag} closes nothing that was opened; it is left out of the page.`;
    case 'unterminated':
      return `A Liquid tag opens with \`${f.tag}\` but does not end on its line (\`${f.tag === '{%' ? '%}' : '}}'}\`); its opening is left out of the page.`;
    case 'block':
      return BLOCKS.get(f.name) === 'loop'
        ? `The Liquid loop ${tag} is not run: it and its ${end} are left out, and the text between them is shown once, as written.`
        : BLOCKS.get(f.name) === 'case'
          ? `The Liquid \`case\` ${tag} is not evaluated: its tags are left out, and the text of every \`{% when %}\` is shown as written.`
          : BLOCKS.get(f.name) === 'capture'
            ? `The Liquid \`capture\` ${tag} is not run: it and its ${end} are left out, and the captured text is shown where it is written.`
            : `The Liquid condition ${tag} is not evaluated: it and its ${end} are left out, and the text between them is shown as written.`;
  }
}
