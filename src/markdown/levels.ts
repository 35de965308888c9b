import type { RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Level } from '../model/role.ts';
import { allSections, cleanTitle, type OutlineSection } from './outline.ts';
import { expandAbbreviations, isGenericSubject, normalise, namesSection, readsAsJobTitle, sameTitle, SECTION_NAME, similarTitle, startsWithRank } from './level-titles.ts';

/** "The Senior Illustrator is a grade 7", "… is a [grade 8](…)", "is job grade 9", "This position is grade 8". */
const GRADE_STATEMENT = /(?:^|[.!?]\s+)(?:the\s+)?([^.!?\n]{2,80}?)\s+(?:is|are)\s+(?:an?\s+)?(?:job\s+)?grade\s+(\d{1,2})\b/gi;
const GRADE_HEADING = /\bjob grade\b|^grade$/i;
const LEVELS_PARENT = /\b(levels?|roles|job titles|positions|career ladder|ladder)\b/i;
/** "Distinguished Engineer Roles at Acme", "Levels": headings that hold levels rather than name one. */
const CONTAINER = /\b(roles|levels)\b/i;
const SPECIALTIES = /\bspecialt(y|ies)\b/i;

interface GradeStatement {
  readonly subject: string;
  readonly grade: number;
  readonly section: OutlineSection | undefined;
}

/** The levels of a page, and the headings under them that name a team or specialty rather than a level. */
export interface LevelsFound {
  readonly levels: Level[];
  readonly specialties: OutlineSection[];
}

/**
 * Finds the levels of a job family in the outline of its page. Real pages name a level in a heading
 * under "Levels" (or "X Roles"), give it a "Job Grade" subheading, state "The X is a grade 7", put a
 * seniority word before the role's title ("## Senior Product Manager"), or list grades in a table.
 * A grade sentence gives its grade to the level whose section holds it, however either is worded.
 */
export function extractLevels(roleTitle: string, intro: readonly RootContent[], sections: readonly OutlineSection[]): Level[] {
  return findLevels(roleTitle, intro, sections).levels;
}

/** `extractLevels`, with the team and specialty headings found under levels. */
export function findLevels(roleTitle: string, intro: readonly RootContent[], sections: readonly OutlineSection[]): LevelsFound {
  const every = allSections(sections);
  const statements = gradeStatements(intro, every);
  const levels: Level[] = [];
  const add = (title: string, grade: number | null, id: string): void => {
    if (!levels.some((l) => sameTitle(l.title, title))) levels.push({ title, grade, id });
  };

  const levelSections = every.filter((section) => isLevelHeading(section, roleTitle, statements));
  for (const section of levelSections) add(section.title, gradeFor(section, statements), section.id);
  // A statement that gave a level its grade is that level; another one inside it may name a level of its own.
  const inLevel = (statement: GradeStatement): boolean =>
    levelSections.some((l) => holds(l, statement.section) && (similarTitle(statement.subject, l.title) || isGenericSubject(statement.subject) || statements.find((s) => holds(l, s.section)) === statement));
  for (const statement of statements) {
    if (inLevel(statement) || (statement.section && underSpecialties(statement.section))) continue;
    if (isGenericSubject(statement.subject)) {
      // "The role is a grade 7" outside any level: the page itself is that level.
      add(roleTitle, statement.grade, statement.section?.id ?? slug(roleTitle));
    } else if (looksLikeJobTitle(statement.subject)) {
      // A level with no heading of its own ("The Senior Analyst is a grade 7." under "Job Grade").
      add(statement.subject, statement.grade, statement.section?.id ?? slug(statement.subject));
    }
  }
  if (levels.length === 0) {
    for (const node of [...intro, ...every.flatMap((s) => s.ownContent)]) {
      if (node.type === 'table') for (const level of tableLevels(node)) add(level.title, level.grade, slug(level.title));
    }
  }
  const specialties = every.filter((s) => !levelSections.includes(s) && isTeamUnderLevel(s, levelSections, roleTitle));
  return { levels, specialties };
}

function isLevelHeading(section: OutlineSection, roleTitle: string, statements: readonly GradeStatement[]): boolean {
  const title = section.title;
  if (title === '' || namesSection(title) || CONTAINER.test(title) || underSpecialties(section)) return false;
  // A heading inside a level names a part or a team of it (`#### Distribution:Build`), unless it is a level too.
  const underLevel = ancestors(section).some((a) => a.children.some((c) => GRADE_HEADING.test(c.title)));
  if (section.children.some((c) => GRADE_HEADING.test(c.title))) return true;
  if (statements.some((s) => s.section === section && similarTitle(s.subject, title))) return true;
  if (!underLevel && statements.some((s) => ownedBy(section, s) && isGenericSubject(s.subject)) && readsAsJobTitle(title, roleTitle)) return true;
  if (section.parent && LEVELS_PARENT.test(section.parent.title) && !SECTION_NAME.test(section.parent.title)) return readsAsJobTitle(title, roleTitle);
  const base = normalise(roleTitle);
  return section.depth <= 3 && startsWithRank(title) && base !== '' && normalise(title).includes(base) && normalise(title) !== base;
}

/** A heading with no level of its own under a level or a "Levels" heading, that is no section name: a team or specialty. */
function isTeamUnderLevel(section: OutlineSection, levelSections: readonly OutlineSection[], roleTitle: string): boolean {
  if (namesSection(section.title) || readsAsJobTitle(section.title, roleTitle) || !/^[A-Z0-9]/.test(section.title)) return false;
  const parent = section.parent;
  if (!parent) return false;
  if (levelSections.includes(parent)) return section.title.split(/\s+/).length <= 4 && /[:/&]|^[A-Z][\w-]*(\s[A-Z][\w-]*)*$/.test(section.title);
  return LEVELS_PARENT.test(parent.title) && !SECTION_NAME.test(parent.title) && parent.children.some((c) => levelSections.includes(c));
}

/** The grade a level's section states: a sentence naming it, else the first sentence inside it. */
function gradeFor(section: OutlineSection, statements: readonly GradeStatement[]): number | null {
  const named = statements.find((s) => sameTitle(s.subject, section.title));
  const owned = statements.find((s) => ownedBy(section, s));
  return named?.grade ?? owned?.grade ?? statements.find((s) => similarTitle(s.subject, section.title))?.grade ?? null;
}

/** True when the statement lies in the section, or in a subsection of it that is no level of its own. */
function ownedBy(section: OutlineSection, statement: GradeStatement): boolean {
  return holds(section, statement.section);
}

function holds(section: OutlineSection, inner: OutlineSection | undefined): boolean {
  for (let at = inner; at; at = at.parent) if (at === section) return true;
  return false;
}

function ancestors(section: OutlineSection): OutlineSection[] {
  const found: OutlineSection[] = [];
  for (let at = section.parent; at; at = at.parent) found.push(at);
  return found;
}

function gradeStatements(intro: readonly RootContent[], sections: readonly OutlineSection[]): GradeStatement[] {
  const found: GradeStatement[] = [];
  const scan = (nodes: readonly RootContent[], section: OutlineSection | undefined): void => {
    for (const node of nodes) {
      if (node.type !== 'paragraph') continue;
      for (const match of expandAbbreviations(toString(node)).matchAll(GRADE_STATEMENT)) {
        found.push({ subject: cleanTitle(match[1] ?? ''), grade: Number(match[2]), section });
      }
    }
  };
  scan(intro, undefined);
  for (const section of sections) scan(section.ownContent, section);
  return found;
}

/** Levels from a table whose header has a "grade" column; the level is the first other column. */
function tableLevels(table: Table): Level[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const names = header.children.map((cell) => toString(cell).trim());
  const gradeColumn = names.findIndex((n) => /grade/i.test(n));
  if (gradeColumn === -1) return [];
  const titleColumn = names.findIndex((n, i) => i !== gradeColumn && /level|title|role|position|name/i.test(n));
  const column = titleColumn === -1 ? (gradeColumn === 0 ? 1 : 0) : titleColumn;
  return rows.flatMap((row) => {
    const title = toString(row.children[column] ?? { type: 'text', value: '' }).trim();
    const grade = /\d+/.exec(toString(row.children[gradeColumn] ?? { type: 'text', value: '' }));
    return title ? [{ title, grade: grade ? Number(grade[0]) : null, id: slug(title) }] : [];
  });
}

function underSpecialties(section: OutlineSection): boolean {
  for (let at: OutlineSection | undefined = section; at; at = at.parent) if (SPECIALTIES.test(at.title)) return true;
  return false;
}

function looksLikeJobTitle(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 1 && words.length <= 8 && /^[A-Z0-9]/.test(text) && !SECTION_NAME.test(text) && !/^(this|it|that|role|position|level|each|every)\b/i.test(text);
}

function slug(text: string): string {
  return new GithubSlugger().slug(text);
}
