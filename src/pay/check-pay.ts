import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import type { OpeningData } from '../model/front-matter-schema.ts';
import type { PositionedYaml } from '../yaml/validate-yaml.ts';
import { valuePosition } from '../yaml/yaml-position.ts';
import type { PayLaw } from './jurisdictions.ts';
import { lawsFor } from './match-laws.ts';

/** Past this many laws a message names the places and dates only; docs/language.md names the laws. */
const NAMED_LAWS = 3;

/**
 * Reports each opening without a `salary` that is advertised where a pay-transparency law in force on
 * `today` (YYYY-MM-DD, the build date) requires a pay range. `pay_range_shared_before_interview`
 * meets the laws that allow it (the EU directive) and none of the others. Expired openings are
 * left out: they are not shown, and rule opening/expired already reports them.
 */
export function checkPayTransparency(openings: readonly OpeningData[], today: string, yaml: PositionedYaml, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [index, opening] of openings.entries()) {
    if (opening.salary !== undefined || (opening.valid_through !== undefined && opening.valid_through < today)) continue;
    const inForce = lawsFor(opening).filter((law) => law.effective <= today);
    const sharedBefore = opening.pay_range_shared_before_interview === true;
    const unmet = sharedBefore ? inForce.filter((law) => !law.beforeInterview) : inForce;
    if (unmet.length === 0) continue;
    const at = valuePosition(yaml.document, ['openings', index], yaml.positionAt);
    const found = diagnostic('openings/pay-transparency', file, at, message(opening, unmet, sharedBefore), hint(unmet, sharedBefore));
    diagnostics.push(unmet.some((law) => law.severity === 'error') ? found : { ...found, severity: 'warning' });
  }
  return diagnostics;
}

function message(opening: OpeningData, laws: readonly PayLaw[], sharedBefore: boolean): string {
  const inPosting = laws.filter((law) => !law.beforeInterview);
  const beforeInterview = laws.filter((law) => law.beforeInterview);
  const where = [
    ...(inPosting.length > 0 ? [`in the posting in ${describe(inPosting)}`] : []),
    ...(beforeInterview.length > 0 ? [`before the interview in ${describe(beforeInterview)}`] : []),
  ];
  const note = sharedBefore ? ' `pay_range_shared_before_interview` does not meet these laws: they require the range in the posting itself.' : '';
  return `Opening "${opening.id}" has no \`salary\`, but the law requires a pay range ${where.join(', and ')}.${note}`;
}

/** The laws with their names and dates; past a few, the places with their dates (one law and date said once when they share it). */
function describe(laws: readonly PayLaw[]): string {
  if (laws.length <= NAMED_LAWS) return list(laws.map((law) => `${law.place} (${law.law}, in force since ${law.effective})`));
  const first = laws[0];
  if (first !== undefined && laws.every((law) => law.law === first.law && law.effective === first.effective)) {
    return `${list(laws.map((law) => law.place))} (${first.law}, in force since ${first.effective})`;
  }
  return list(laws.map((law) => `${law.place} (since ${law.effective})`));
}

function hint(laws: readonly PayLaw[], sharedBefore: boolean): string | undefined {
  if (sharedBefore || laws.some((law) => !law.beforeInterview)) return undefined;
  return 'Add `salary: {min, max, currency}` to the opening, or, if every applicant gets the range before the interview, set `pay_range_shared_before_interview: true`.';
}

function list(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
