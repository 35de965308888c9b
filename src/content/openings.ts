import { diagnostic } from '../diagnostics/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { OpeningData } from '../model/front-matter-schema.ts';
import type { PositionedYaml } from '../yaml/validate-yaml.ts';
import { valuePosition } from '../yaml/yaml-position.ts';

/**
 * The openings still open on `today` (YYYY-MM-DD). Expired ones are left off the site with a warning,
 * so whoever next edits the page can remove them; impossible dates are errors.
 */
export function currentOpenings(openings: readonly OpeningData[], today: string, yaml: PositionedYaml, file: string, diagnostics: Diagnostic[]): OpeningData[] {
  return openings.filter((opening, index) => {
    const closes = opening.valid_through;
    if (closes === undefined) return true;
    const at = valuePosition(yaml.document, ['openings', index, 'valid_through'], yaml.positionAt);
    if (closes < opening.date_posted) {
      diagnostics.push(diagnostic('opening/dates', file, at, `Opening "${opening.id}" closes on ${closes}, before it is posted on ${opening.date_posted}.`));
      return false;
    }
    if (closes < today) {
      diagnostics.push(diagnostic('opening/expired', file, at, `Opening "${opening.id}" closed on ${closes}; it is not shown.`));
      return false;
    }
    return true;
  });
}
