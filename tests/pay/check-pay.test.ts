import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument, LineCounter } from 'yaml';
import { OpeningSchema, type OpeningData } from '../../src/model/front-matter-schema.ts';
import { checkPayTransparency } from '../../src/pay/check-pay.ts';
import type { PositionedYaml } from '../../src/yaml/validate-yaml.ts';

/** Openings written as YAML, so the findings carry real positions. */
function check(yamlText: string, today: string): { line: number; column: number; severity: string; message: string }[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const raw = (document.toJS() as { openings: unknown[] }).openings;
  const openings: OpeningData[] = raw.map((o) => OpeningSchema.parse(o));
  const positionAt = (offset: number) => { const p = lineCounter.linePos(offset); return { line: p.line, column: p.col }; };
  const yaml: PositionedYaml = { document, positionAt, data: {} };
  return checkPayTransparency(openings, today, yaml, 'page.md')
    .map(({ line, column, severity, message }) => ({ line, column, severity, message }));
}

const opening = (id: string, extra: string) => `  - id: ${id}\n    apply_url: "https://jobs.example.com/${id}"\n    date_posted: "2026-01-05"\n${extra}`;

test('an opening with a salary gets no finding', () => {
  assert.deepEqual(check(`openings:\n${opening('nyc', '    locations: ["New York, NY"]\n    salary: { min: 1, max: 2, currency: USD }\n')}`, '2026-07-01'), []);
});

test('a date before the law took effect gives no finding', () => {
  const yaml = `openings:\n${opening('toronto', '    locations: ["Toronto, Ontario"]\n')}${opening('paris', '    locations: ["Paris, France"]\n')}`;
  assert.deepEqual(check(yaml, '2025-12-31'), []);
  assert.deepEqual(check(yaml, '2026-01-01').map((f) => [f.line, f.column, f.severity]), [[2, 5, 'error']]);
  assert.deepEqual(check(yaml, '2026-06-07').map((f) => [f.line, f.column, f.severity]), [[2, 5, 'error'], [6, 5, 'warning']]);
});

test('an expired opening is left to opening/expired', () => {
  assert.deepEqual(check(`openings:\n${opening('nyc', '    locations: ["NYC"]\n    valid_through: "2026-02-01"\n')}`, '2026-07-01'), []);
});

test('pay_range_shared_before_interview meets the EU directive but not a law that wants the range in the posting', () => {
  assert.deepEqual(check(`openings:\n${opening('madrid', '    locations: ["Madrid, Spain"]\n    pay_range_shared_before_interview: true\n')}`, '2026-07-01'), []);
  assert.deepEqual(check(`openings:\n${opening('chicago', '    locations: ["Chicago, IL"]\n    pay_range_shared_before_interview: true\n')}`, '2026-07-01'), [{
    line: 2,
    column: 5,
    severity: 'error',
    message: 'Opening "chicago" has no `salary`, but the law requires a pay range in the posting in Illinois (HB 3129 (Public Act 103-0539), in force since 2025-01-01). `pay_range_shared_before_interview` does not meet these laws: they require the range in the posting itself.',
  }]);
});

test('the EU directive alone is a warning that names it and its date', () => {
  assert.deepEqual(check(`openings:\n${opening('berlin', '    locations: ["Berlin, Germany"]\n')}`, '2026-07-01'), [{
    line: 2,
    column: 5,
    severity: 'warning',
    message: 'Opening "berlin" has no `salary`, but the law requires a pay range before the interview in Germany (Directive (EU) 2023/970 (pay transparency), Article 5, in force since 2026-06-07).',
  }]);
});
