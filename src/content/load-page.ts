import { diagnostic } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { lastSegment } from '../diagnostics/suggest.ts';
import type { FrontMatterData } from '../model/front-matter-schema.ts';
import type { Level, Role } from '../model/role.ts';
import { normaliseUrlPath, unsafeUrlPathReason } from '../model/url-path.ts';
import { processBody, type ProcessedBody } from '../markdown/process-body.ts';
import { checkPage } from '../page-rules/page-rules.ts';
import { checkLanguage } from '../language/check-language.ts';
import { checkPayTransparency } from '../pay/check-pay.ts';
import { pageSource } from '../page-rules/page-source.ts';
import type { Settings } from '../model/settings-schema.ts';
import { checkBodyNesting } from './body-limits.ts';
import { titleFromOpeningHeading } from './heading-title.ts';
import { currentOpenings } from './openings.ts';
import { jekyllPermalink } from './permalink.ts';
import { contentPathUrl, departmentIdFromUrl, makeDepartment } from '../model/page-url.ts';
import { NO_YAML, readPageHeader } from './page-header.ts';
import { decodeSource } from './source-text.ts';
import { valuePosition } from '../yaml/yaml-position.ts';

export interface PageInput {
  /** The file as read. */
  readonly bytes: Uint8Array;
  /** Path shown in diagnostics (relative to the working directory). */
  readonly file: string;
  /** Path relative to the content folder, which gives the URL. */
  readonly pathInContent: string;
}

export interface LoadedPage {
  /** The role, when the page is published. */
  readonly role: Role | undefined;
  /**
   * When the front matter has errors the page is not published; this is the role its body alone gives
   * (title from its first heading or its file name), so that site-wide checks can still check its links.
   */
  readonly unpublished?: Role;
  readonly diagnostics: Diagnostic[];
}

/** What loading a page depends on besides its bytes (part of any cache key). */
export interface LoadContext {
  readonly settings: Settings;
  /** The build date as YYYY-MM-DD, which decides which openings have expired. */
  readonly today: string;
}

const SUMMARY_LENGTH = 280;

/**
 * Reads one job page into a `Role`, or reports why it cannot; never throws for bad content. The body
 * is checked even when the front matter has errors, so one run reports everything wrong with a page.
 */
export function loadPage(input: PageInput, context: LoadContext): LoadedPage {
  const { file } = input;
  const source = decodeSource(input.bytes, file);
  if (!source.ok) return { role: undefined, diagnostics: [source.diagnostic] };
  const header = readPageHeader(source.text, file);
  const diagnostics = header.diagnostics;
  if (header.body === undefined) return { role: undefined, diagnostics };
  const { body: markdown, bodyLine } = header.body;
  // Checked before remark sees the body: deep nesting would make it hang or overflow the stack.
  const tooDeep = checkBodyNesting(markdown, file, bodyLine);
  if (tooDeep) return { role: undefined, diagnostics: [...diagnostics, tooDeep] };

  const path = contentPathUrl(input.pathInContent);
  const opening = header.ok ? undefined : titleFromOpeningHeading(header.body);
  const fileTitle = lastSegment(path.written) || 'index';
  const body = processBody(markdown, header.ok ? header.title : opening?.title ?? fileTitle, bodyLine, { pathInContent: input.pathInContent, pathPrefix: context.settings.path_prefix, inspect: (tree) => diagnostics.push(...checkLanguage(tree, markdown, bodyLine, file, context.settings, header.ok ? { text: header.title, at: header.titleAt } : undefined)) });
  for (const found of body.rawHtml) {
    diagnostics.push(diagnostic('markdown/raw-html', file, found, `Raw HTML \`<${found.tag}>\` is not rendered.`));
  }
  for (const found of body.findings) diagnostics.push(diagnostic(found.rule, file, found, found.message));

  if (!header.ok) {
    const title = opening?.title ?? body.sections[0]?.title ?? fileTitle;
    const titleAt = opening?.at ?? (body.sections[0] ? { line: body.sections[0].line, column: 1 } : FILE_START);
    const unpublished = makeRole(input, context, { url: path.url, title, titleAt, summary: body.firstParagraph, redirectFrom: [], openings: [], weight: null }, body);
    diagnostics.push(...checkPage(unpublished, pageSource(source.text, { ...NO_YAML, bodyLine }), context.settings));
    return { role: undefined, unpublished, diagnostics };
  }

  const { data, yaml } = header;
  const openings = currentOpenings(data.openings ?? [], context.today, yaml, file, diagnostics);
  diagnostics.push(...checkPayTransparency(data.openings ?? [], context.today, yaml, file));
  // The path a page asks for (`canonical_path`, Hugo's `url`) was checked by the schema, Jekyll's
  // `permalink` is checked here; a slug only replaces the last part of the file's.
  const permalink = data.permalink ? jekyllPermalink(data.permalink, yaml, file, path.url) : undefined;
  if (permalink?.diagnostic) diagnostics.push(permalink.diagnostic);
  const chosen = data.canonical_path ?? (data.url ? aliasUrl(data.url, '/') : permalink?.path);
  const url = chosen ? normaliseUrlPath(chosen) : data.slug ? withSlug(path.url, data.slug) : path.url;
  const unsafe = chosen ? undefined : unsafeUrlPathReason(url);
  if (unsafe !== undefined) {
    diagnostics.push(diagnostic('url/unsafe', file, FILE_START, `The file's path gives the URL ${JSON.stringify(url)}, which is not safe: ${unsafe}.`, 'Rename the file or its folders to letters, digits and hyphens, or set `canonical_path`.'));
  } else if (!chosen && !data.slug && url !== path.written) {
    diagnostics.push(diagnostic('url/slugged', file, FILE_START, `The file's path ${JSON.stringify(path.written)} is not safe in a URL; the page is published at ${JSON.stringify(url)}.`));
  }
  const role = makeRole(input, context, {
    url,
    title: header.title,
    titleAt: header.titleAt,
    summary: data.summary?.trim() || data.description?.trim() || body.firstParagraph,
    department: data.department,
    levels: data.levels ? levelsFromFrontMatter(data, body.sections) : undefined,
    redirectFrom: [...listOf(data.redirect_from), ...listOf(data.aliases).map((alias) => aliasUrl(alias, url))].map(normaliseUrlPath),
    openings,
    weight: data.weight ?? null,
    ...(data.ats_titles && data.ats_titles.length > 0 ? { atsTitles: data.ats_titles.map(String) } : {}),
  }, body);
  diagnostics.push(...checkPage(role, pageSource(source.text, { ...yaml, bodyLine }), context.settings));
  if (unsafe !== undefined) return { role: undefined, diagnostics };
  if (data.draft === true || data.published === false) {
    const key = data.draft === true ? 'draft' : 'published';
    diagnostics.push(diagnostic('front-matter/draft', file, valuePosition(yaml.document, [key], yaml.positionAt), `This page is a draft (\`${key}: ${String(data.draft === true)}\`), so it is not published.`));
    // Checked like any page, and its links too, but on the site it is not: links to it are broken links.
    return { role: undefined, unpublished: role, diagnostics };
  }
  return { role, diagnostics };
}

/** The URL with its last part replaced by `slug` (Hugo's `slug`): `/engineering/x/` → `/engineering/<slug>/`. */
function withSlug(url: string, slug: string): string {
  const parts = url.split('/').filter((part) => part !== '');
  return normaliseUrlPath(`/${[...parts.slice(0, -1), slug].join('/')}`);
}

/** What the front matter (or, for an unpublished page, the loader) decides about a role; the body gives the rest. */
type RoleHeader = Pick<Role, 'url' | 'title' | 'titleAt' | 'summary' | 'redirectFrom' | 'openings'> & Partial<Pick<Role, 'atsTitles'>> & {
  readonly weight: number | null;
  readonly department?: string | null | undefined;
  readonly levels?: Level[] | undefined;
};

function makeRole(input: PageInput, context: LoadContext, header: RoleHeader, body: ProcessedBody): Role {
  return {
    source: input.file,
    sourceInContent: input.pathInContent,
    url: header.url,
    title: header.title,
    titleAt: header.titleAt,
    summary: clip(header.summary, SUMMARY_LENGTH),
    department: makeDepartment(header.department ?? departmentIdFromUrl(header.url), context.settings.departments),
    levels: header.levels ?? body.levels,
    specialties: body.specialties,
    responsibilities: body.responsibilities,
    requirements: body.requirements,
    performanceIndicators: body.performanceIndicators,
    hiringProcess: body.hiringProcess,
    sections: body.sections,
    ...(body.anchors.length > 0 ? { anchors: body.anchors } : {}),
    links: body.links,
    redirectFrom: header.redirectFrom,
    openings: header.openings,
    weight: header.weight,
    ...(header.atsTitles ? { atsTitles: header.atsTitles } : {}),
    html: body.html,
    text: body.text,
  };
}

/** Levels given in front matter, linked to the heading of the same name when the body has one. */
function levelsFromFrontMatter(data: FrontMatterData, sections: Role['sections']): Level[] {
  return (data.levels ?? []).map((level) => {
    const heading = sections.find((s) => s.title.toLowerCase() === level.title.toLowerCase());
    return { title: level.title, grade: level.grade, id: heading?.id ?? '' };
  });
}

function listOf<T>(value: T | readonly T[] | null | undefined): readonly T[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value as T];
}

/** Hugo reads an alias without a leading `/` relative to the page's folder. */
function aliasUrl(alias: string, pageUrl: string): string {
  return alias.startsWith('/') ? alias : `${pageUrl.replace(/[^/]+\/$/, '')}${alias}`;
}

/** Shortens text at a word boundary, with an ellipsis. */
function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length - 20)).replace(/[\s,;:.]+$/, '')}…`;
}
