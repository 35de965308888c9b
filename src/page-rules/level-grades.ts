import { FILE_START, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import type { Level, Role } from '../model/role.ts';
import { firstColumn, type PageSource } from './page-source.ts';
import type { PageRuleInput } from './page-rule.ts';

/**
 * `content/level-order` and `content/grade-range`: levels go from the lowest grade to the highest,
 * and every grade lies within the settings' `grades` range (when one is set). Levels without a grade
 * are skipped. Each finding points at the grade in the front matter, or at the level's heading.
 */
export function checkLevelGrades({ role, source, settings }: PageRuleInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const range = settings.grades;
  let previous: Level | undefined;
  role.levels.forEach((level, index) => {
    if (level.grade === null) return;
    const at = (): Position => levelPosition(role, index, source);
    if (previous?.grade != null && level.grade < previous.grade) {
      diagnostics.push(diagnostic('content/level-order', role.source, at(),
        `The level "${level.title}" (grade ${level.grade}) comes after "${previous.title}" (grade ${previous.grade}); levels go from the lowest grade to the highest.`));
    }
    if (range && (level.grade < range.min || level.grade > range.max)) {
      diagnostics.push(diagnostic('content/grade-range', role.source, at(),
        `The level "${level.title}" has grade ${level.grade}, outside the grades ${range.min} to ${range.max} set in the settings.`));
    }
    previous = level;
  });
  return diagnostics;
}

/** Where a level's grade is written: in the front matter when the levels come from there, else at its heading. */
function levelPosition(role: Role, index: number, source: PageSource): Position {
  if (Array.isArray(source.data()['levels'])) return source.valueAt(['levels', index, 'grade']);
  const id = role.levels[index]?.id;
  const heading = role.sections.find((s) => s.id === id);
  if (!heading) return FILE_START;
  return { line: heading.line, column: firstColumn(source.lines[heading.line - 1] ?? '') };
}
