import { diagnostic } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { FrontMatterData } from '../model/front-matter-schema.ts';
import type { Level, Role } from '../model/role.ts';
import { normaliseUrlPath, unsafeUrlPathReason } from '../model/url-path.ts';
import { processBody } from '../markdown/process-body.ts';
import { checkPage } from '../page-rules/page-rules.ts';
import { pageSource } from '../page-rules/page-source.ts';
import type { Settings } from '../model/settings-schema.ts';
import { checkBodyNesting } from './body-limits.ts';
import { readFrontMatter } from './front-matter.ts';
import { currentOpenings } from './openings.ts';
import { departmentIdFromUrl, makeDepartment, urlFromContentPath } from '../model/page-url.ts';
import { decodeSource } from './source-text.ts';
import { validateFrontMatter } from './validate-front-matter.ts';
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
  readonly role: Role | undefined;
  readonly diagnostics: Diagnostic[];
}

/** What loading a page depends on besides its bytes (part of any cache key). */
export interface LoadContext {
  readonly settings: Settings;
  /** The build date as YYYY-MM-DD, which decides which openings have expired. */
  readonly today: string;
}

const SUMMARY_LENGTH = 280;

/** Reads one job page into a `Role`, or reports why it cannot; never throws for bad content. */
export function loadPage(input: PageInput, context: LoadContext): LoadedPage {
  const { file } = input;
  const source = decodeSource(input.bytes, file);
  if (!source.ok) return { role: undefined, diagnostics: [source.diagnostic] };
  const split = readFrontMatter(source.text, file);
  if (!split.ok) return { role: undefined, diagnostics: split.diagnostics };
  const frontMatter = split.frontMatter;
  const validated = validateFrontMatter(frontMatter, file);
  if (!validated.ok) return { role: undefined, diagnostics: validated.diagnostics };
  const data = validated.data;
  const diagnostics = validated.diagnostics;

  const titleAt = valuePosition(frontMatter.document, ['title'], frontMatter.positionAt);
  const title = data.title.trim().replace(/\s+/g, ' ');
  if (title === '') {
    diagnostics.push(diagnostic('content/empty-title', file, titleAt, 'The title is empty.'));
    return { role: undefined, diagnostics };
  }
  if (title !== data.title) {
    diagnostics.push(diagnostic('content/title-whitespace', file, titleAt, `The title ${JSON.stringify(data.title)} has extra white space; it is shown as ${JSON.stringify(title)}.`));
  }

  // Checked before remark sees the body: deep nesting would make it hang or overflow the stack.
  const tooDeep = checkBodyNesting(frontMatter.body, file, frontMatter.bodyLine);
  if (tooDeep) return { role: undefined, diagnostics: [...diagnostics, tooDeep] };
  const body = processBody(frontMatter.body, title, frontMatter.bodyLine, { pathInContent: input.pathInContent, pathPrefix: context.settings.path_prefix });
  for (const found of body.rawHtml) {
    diagnostics.push(diagnostic('markdown/raw-html', file, found, `Raw HTML \`<${found.tag}>\` is not rendered.`));
  }
  for (const found of body.findings) diagnostics.push(diagnostic(found.rule, file, found, found.message));
  const openings = currentOpenings(data.openings ?? [], context.today, frontMatter, file, diagnostics);

  const url = data.canonical_path ? normaliseUrlPath(data.canonical_path) : urlFromContentPath(input.pathInContent);
  const unsafe = data.canonical_path ? undefined : unsafeUrlPathReason(url);
  if (unsafe !== undefined) {
    diagnostics.push(diagnostic('url/unsafe', file, FILE_START, `The file's path gives the URL ${JSON.stringify(url)}, which is not safe: ${unsafe}.`, 'Rename the file or its folders to letters, digits and hyphens, or set `canonical_path`.'));
    return { role: undefined, diagnostics };
  }
  const redirects = data.redirect_from === undefined ? [] : Array.isArray(data.redirect_from) ? data.redirect_from : [data.redirect_from];
  const role: Role = {
    source: file,
    sourceInContent: input.pathInContent,
    url,
    title,
    titleAt,
    summary: clip(data.summary?.trim() || data.description?.trim() || body.firstParagraph, SUMMARY_LENGTH),
    department: makeDepartment(data.department ?? departmentIdFromUrl(url), context.settings.departments),
    levels: data.levels ? levelsFromFrontMatter(data, body.sections) : body.levels,
    specialties: body.specialties,
    responsibilities: body.responsibilities,
    requirements: body.requirements,
    performanceIndicators: body.performanceIndicators,
    hiringProcess: body.hiringProcess,
    sections: body.sections,
    ...(body.anchors.length > 0 ? { anchors: body.anchors } : {}),
    links: body.links,
    redirectFrom: redirects.map(normaliseUrlPath),
    openings,
    ...(data.ats_titles && data.ats_titles.length > 0 ? { atsTitles: data.ats_titles.map(String) } : {}),
    html: body.html,
    text: body.text,
  };
  diagnostics.push(...checkPage(role, pageSource(source.text, frontMatter), context.settings));
  return { role, diagnostics };
}

/** Levels given in front matter, linked to the heading of the same name when the body has one. */
function levelsFromFrontMatter(data: FrontMatterData, sections: Role['sections']): Level[] {
  return (data.levels ?? []).map((level) => {
    const heading = sections.find((s) => s.title.toLowerCase() === level.title.toLowerCase());
    return { title: level.title, grade: level.grade, id: heading?.id ?? '' };
  });
}

/** Shortens text at a word boundary, with an ellipsis. */
function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length - 20)).replace(/[\s,;:.]+$/, '')}…`;
}
