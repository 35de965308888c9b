import type { RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Level } from '../model/role.ts';
import { allSections, cleanTitle, type OutlineSection } from './outline.ts';

/** "The Senior Illustrator is a grade 7", "… is a [grade 8](…)", "is job grade 9". */
const GRADE_STATEMENT = /(?:^|[.!?]\s+)(?:the\s+)?([^.!?\n]{2,80}?)\s+(?:is|are)\s+(?:an?\s+)?(?:job\s+)?grade\s+(\d{1,2})\b/gi;
const GRADE_HEADING = /\bjob grade\b|^grade$/i;
const LEVELS_PARENT = /\b(levels?|roles|job titles|positions|career ladder|ladder)\b/i;
const NOT_A_LEVEL = /\b(responsibilit|requirement|qualification|grade|hiring|performance indicator|specialt|span of control|career ladder|benefits|compensation|about|overview|links|expect|apply|nice.to.have|interview)/i;
const SENIORITY = /^(junior|associate|intermediate|senior|staff|principal|distinguished|lead|head|chief|director|vice president|vp|manager|senior manager|fellow|intern)\b/i;
/** "Distinguished Engineer Roles at Acme", "Levels": headings that hold levels rather than name one. */
const CONTAINER = /\b(roles|levels)\b/i;
const SPECIALTIES = /\bspecialt(y|ies)\b/i;

interface GradeStatement {
  readonly subject: string;
  readonly grade: number;
  readonly section: OutlineSection | undefined;
}

/**
 * Finds the levels of a job family in the outline of its page. Real pages name a level in a heading
 * under "Levels" (or "X Roles"), give it a "Job Grade" subheading, state "The X is a grade 7", put a
 * seniority word before the role's title ("## Senior Product Manager"), or list grades in a table.
 */
export function extractLevels(roleTitle: string, intro: readonly RootContent[], sections: readonly OutlineSection[]): Level[] {
  const every = allSections(sections);
  const statements = gradeStatements(intro, every);
  const levels: Level[] = [];
  const taken = new Set<string>();
  const add = (title: string, grade: number | null, id: string): void => {
    const key = normalise(title);
    if (taken.has(key)) return;
    taken.add(key);
    levels.push({ title, grade, id });
  };

  for (const section of every) {
    if (!isLevelHeading(section, roleTitle, statements)) continue;
    add(section.title, gradeFor(section, statements), section.id);
  }
  // Statements naming a level that has no heading of its own ("The Senior Analyst is a grade 7.").
  for (const statement of statements) {
    const subject = statement.subject;
    if (taken.has(normalise(subject)) || !looksLikeJobTitle(subject) || (statement.section && underSpecialties(statement.section))) continue;
    add(subject, statement.grade, statement.section?.id ?? slug(subject));
  }
  if (levels.length === 0) {
    for (const node of [...intro, ...every.flatMap((s) => s.ownContent)]) {
      if (node.type === 'table') for (const level of tableLevels(node)) add(level.title, level.grade, slug(level.title));
    }
  }
  return levels;
}

function isLevelHeading(section: OutlineSection, roleTitle: string, statements: readonly GradeStatement[]): boolean {
  const title = section.title;
  if (title === '' || NOT_A_LEVEL.test(title) || CONTAINER.test(title) || underSpecialties(section)) return false;
  if (section.children.some((c) => GRADE_HEADING.test(c.title))) return true;
  if (section.parent && LEVELS_PARENT.test(section.parent.title) && !NOT_A_LEVEL.test(section.parent.title)) return looksLikeJobTitle(title);
  if (statements.some((s) => s.section === section && sameTitle(s.subject, title))) return true;
  const base = normalise(roleTitle);
  return section.depth <= 3 && SENIORITY.test(title) && base !== '' && normalise(title).includes(base) && normalise(title) !== base;
}

function gradeFor(section: OutlineSection, statements: readonly GradeStatement[]): number | null {
  const inside = (s: GradeStatement): boolean => {
    for (let at = s.section; at; at = at.parent) if (at === section) return true;
    return false;
  };
  const named = statements.find((s) => sameTitle(s.subject, section.title));
  return named?.grade ?? statements.find(inside)?.grade ?? null;
}

function gradeStatements(intro: readonly RootContent[], sections: readonly OutlineSection[]): GradeStatement[] {
  const found: GradeStatement[] = [];
  const scan = (nodes: readonly RootContent[], section: OutlineSection | undefined): void => {
    for (const node of nodes) {
      if (node.type !== 'paragraph') continue;
      for (const match of toString(node).matchAll(GRADE_STATEMENT)) {
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
  return words.length >= 1 && words.length <= 8 && /^[A-Z0-9]/.test(text) && !NOT_A_LEVEL.test(text) && !/^(this|it|that|role|position|level|each|every)\b/i.test(text);
}

function sameTitle(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function slug(text: string): string {
  return new GithubSlugger().slug(text);
}
