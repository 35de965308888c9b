import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGemoji from 'remark-gemoji';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import type { Level, Section, SourceLink } from '../model/role.ts';
import { extractBodyLists, type BodyLists } from './body-lists.ts';
import remarkHeadingIds from './heading-ids.ts';
import remarkKramdown from './kramdown.ts';
import { findLevels } from './levels.ts';
import { collectLinks } from './links.ts';
import { mayUseGfm } from './gfm-needed.ts';
import { rewriteContentFileLinks } from './content-file-links.ts';
import { allSections, buildOutline, plainText } from './outline.ts';
import { handleRawHtml, type RawHtmlFinding } from './raw-html.ts';
import { settleAuthoredIds } from './anchors.ts';
import { applyBlockAttributes } from './block-attributes.ts';
import { mayHaveShortcodes, replaceShortcodes, type ShortcodePrepass } from './shortcodes.ts';
import { mayHaveLiquid, replaceLiquid } from './liquid.ts';
import { isMdxPage, replaceMdxCode } from './mdx.ts';
import { liquidFindings, settleLiquid } from './liquid-tree.ts';
import { settleShortcodes, shortcodeFindings, type BodyFinding } from './shortcode-tree.ts';
import { sanitizeSchema } from './render-html.ts';

/** What one parse of a page body yields: the HTML and everything the model reads from the structure. */
export interface ProcessedBody extends BodyLists {
  readonly html: string;
  readonly text: string;
  readonly firstParagraph: string;
  readonly sections: Section[];
  readonly levels: Level[];
  readonly specialties: Section[];
  readonly links: SourceLink[];
  /** Raw HTML that was removed, with positions in the file. */
  readonly rawHtml: RawHtmlFinding[];
  /** Ids the author gave blocks and anchors (`<a id="x">`, `{: #x}`), besides heading ids. */
  readonly anchors: string[];
  /** Other problems found in the body (shortcodes that are not rendered), positioned in the file. */
  readonly findings: BodyFinding[];
}

const NO_SHORTCODES: ShortcodePrepass = { text: '', refs: [], embeds: [], blocks: [], findings: [] };

// Emoji shortcodes (`:tada:`) become the emoji, as GitHub and GitLab show them, after heading ids are
// made from the text as written (`## Perks :tada:` is `#perks-tada` there too); unknown names stay text.
const withGfm = remark().use(remarkGfm).use(remarkKramdown).use(remarkHeadingIds).use(remarkGemoji).use(remarkHtml, { sanitize: sanitizeSchema });
const withoutGfm = remark().use(remarkKramdown).use(remarkHeadingIds).use(remarkGemoji).use(remarkHtml, { sanitize: sanitizeSchema });

/** Where a page body sits in the site, and whether to parse it with GFM even when it needs none (for tests). */
export interface BodyOptions {
  readonly pathInContent: string;
  readonly pathPrefix: string;
  readonly alwaysGfm?: boolean;
  /** Called with the parsed tree, so checks of the page's wording read it without a second parse. */
  readonly inspect?: (tree: Root) => void;
}

/**
 * Parses a page body once with remark and reads the model from the tree: sections with ids, levels,
 * specialties, the well-known lists and every link; then renders the same tree to sanitised HTML.
 * `bodyLine` is the file line on which the body starts, so positions point into the file.
 */
export function processBody(body: string, roleTitle: string, bodyLine: number, page: BodyOptions = { pathInContent: 'page.md', pathPrefix: '/' }): ProcessedBody {
  const processor = page.alwaysGfm === true || mayUseGfm(body) ? withGfm : withoutGfm;
  // Liquid tags (Jekyll, Eleventy), then Hugo shortcodes, are replaced by text of the same length, so
  // positions in the tree stay the file's; Liquid leaves `{{<` and `{{%` to the shortcode pass.
  // An MDX page's `import`/`export` blocks and comments go first, the same way.
  const mdx = isMdxPage(page.pathInContent) ? replaceMdxCode(body) : undefined;
  const written = mdx?.text ?? body;
  const liquid = mayHaveLiquid(written) ? replaceLiquid(written) : undefined;
  const source = liquid?.text ?? written;
  const shortcodes = mayHaveShortcodes(source) ? replaceShortcodes(source) : undefined;
  const tree = processor.parse(shortcodes?.text ?? source);
  // A body whose `{{` were all Hugo's has nothing to settle from the Liquid pass.
  const replaced = source !== written;
  if (replaced) settleLiquid(tree, page.pathPrefix);
  // Its filler removal also serves the Liquid and MDX passes.
  if (shortcodes || replaced || mdx?.filled === true) settleShortcodes(tree, shortcodes ?? NO_SHORTCODES, page);
  const rawHtml = handleRawHtml(tree, body).map((f) => ({ ...f, line: f.line + bodyLine - 1 }));
  if (body.includes('{:')) applyBlockAttributes(tree, body.split('\n'));
  const transformed = processor.runSync(tree) as Root;
  // Links are collected as written, so the link check can name the file an editor linked to.
  const links = collectLinks(transformed, bodyLine);
  page.inspect?.(transformed);
  rewriteContentFileLinks(transformed, page.pathInContent, page.pathPrefix);
  const { intro, sections: outline } = buildOutline(transformed);
  const every = allSections(outline);
  const sections: Section[] = every.map((s) => ({ depth: s.depth, title: s.title, id: s.id, line: (s.heading.position?.start.line ?? 1) + bodyLine - 1 }));
  const specialtiesSection = every.find((s) => /\bspecialt(y|ies)\b/i.test(s.title));
  const found = findLevels(roleTitle, intro, outline);
  // Under "Specialties", or team headings under a level (`#### Distribution:Build`).
  const specialties = sections.filter((s) => specialtiesSection?.children.some((c) => c.id === s.id) === true || found.specialties.some((c) => c.id === s.id));
  // Only `<a …>` tags and `{:` lists give ids of their own; most pages have neither and skip the walk.
  const anchors = body.includes('<a') || body.includes('<A') || body.includes('{:') ? settleAuthoredIds(transformed, new Set(sections.map((s) => s.id))) : [];
  return {
    html: String(processor.stringify(transformed)),
    text: collapse(plainText(transformed)),
    firstParagraph: firstParagraph(intro) || firstParagraph(outline[0]?.ownContent ?? []),
    sections,
    levels: found.levels,
    specialties,
    links,
    rawHtml,
    anchors,
    findings: [...(mdx?.findings.map((f) => ({ ...f, line: f.line + bodyLine - 1 })) ?? []), ...(liquid ? liquidFindings(liquid.findings, bodyLine) : []), ...(shortcodes ? shortcodeFindings(shortcodes.findings, bodyLine) : [])].sort((a, b) => a.line - b.line || a.column - b.column),
    ...extractBodyLists(outline),
  };
}

function firstParagraph(nodes: readonly RootContent[]): string {
  const paragraph = nodes.find((n) => n.type === 'paragraph' && collapse(plainText(n)) !== '');
  return paragraph ? collapse(plainText(paragraph)) : '';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
