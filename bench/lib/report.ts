import { isMemory, MEASURES, type MeasureId, type SizeSamples } from './samples.ts';
import { median } from './stats.ts';

const GIB = 1024 ** 3;

/** Milliseconds as `840 ms` or `12.34 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms < 1000 ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function formatBytes(bytes: number): string {
  return Number.isFinite(bytes) ? `${Math.round(bytes / 1024 ** 2)} MiB` : 'n/a';
}

function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a';
}

/** `1 000` for 1000: the pages counts people read. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** The median of one measure at one size (NaN when it has no values). */
function mid(size: SizeSamples, id: MeasureId): number {
  return median(size.get(id).values);
}

function samplesCell(size: SizeSamples, id: MeasureId): string {
  const { values, failures } = size.get(id);
  const format = isMemory(id) ? formatBytes : formatMs;
  const shown = values.map(format).join(', ');
  const failed = failures.length > 0 ? `${failures.length} not counted: ${failures[0]?.split('\n')[0]}` : '';
  return [shown, failed].filter(Boolean).join('; ');
}

/** The Markdown table of one size: the median of every measure, then the ratios the goals compare. */
export function sizeTable(size: SizeSamples): string {
  const rows = (Object.keys(MEASURES) as MeasureId[]).map((id) => {
    const value = mid(size, id);
    return `| ${MEASURES[id]} | ${isMemory(id) ? formatBytes(value) : formatMs(value)} | ${samplesCell(size, id)} |`;
  });
  const ratio = (a: MeasureId, b: MeasureId): number => mid(size, a) / mid(size, b);
  const ratios = [
    ['Cold build / floor (goal ≤ 1.0)', formatRatio(ratio('coldBuild', 'floor'))],
    [`Warm build / Hugo (goal ≤ ${size.kind === undefined ? 2 : 3})`, formatRatio(ratio('warmBuild', 'hugo'))],
    ['Cold build / Hugo', formatRatio(ratio('coldBuild', 'hugo'))],
    ['Eleventy-markdown-it / Hugo', formatRatio(ratio('eleventy', 'hugo'))],
    ['Cold build per page', `${(mid(size, 'coldBuild') / size.pages).toFixed(2)} ms`],
  ].map(([label, value]) => `| ${label} | ${value} | |`);
  return [
    `## ${formatCount(size.pages)} ${size.kind ?? 'pages'} (medians of ${size.runs} ${size.runs === 1 ? 'run' : 'runs'}; preview: every edit)`,
    '',
    '| Measure | Median | Samples |',
    '|---|---:|---|',
    ...rows,
    ...ratios,
  ].join('\n');
}

type Verdict = 'PASS' | 'FAIL' | 'n/a';

interface Goal {
  readonly goal: string;
  readonly measured: string;
  readonly verdict: Verdict;
}

function verdict(values: readonly number[], ok: (value: number) => boolean): Verdict {
  if (values.length === 0 || values.some((v) => !Number.isFinite(v))) return 'n/a';
  return values.every(ok) ? 'PASS' : 'FAIL';
}

/** A goal at every size: each size's value and whether all of them meet it. */
function everySize(sizes: readonly SizeSamples[], goal: string, value: (size: SizeSamples) => number, show: (v: number) => string, ok: (v: number) => boolean): Goal {
  const values = sizes.map(value);
  return { goal, measured: sizes.map((s, k) => `${formatCount(s.pages)}${s.kind === undefined ? '' : ` ${s.kind}`}: ${show(values[k] as number)}`).join(', '), verdict: verdict(values, ok) };
}

/** A goal at one size only; n/a when that size was not run. `pages` undefined means the real-pages set. */
function atSize(sizes: readonly SizeSamples[], pages: number | undefined, goal: string, value: (size: SizeSamples) => number, show: (v: number) => string, ok: (v: number) => boolean): Goal {
  const size = sizes.find((s) => (pages === undefined ? s.kind !== undefined : s.kind === undefined && s.pages === pages));
  if (!size) return { goal, measured: pages === undefined ? 'not measured (../shared/ is absent, or --no-real)' : `not measured (add ${pages} to --sizes)`, verdict: 'n/a' };
  const v = value(size);
  return { goal, measured: show(v), verdict: verdict([v], ok) };
}

/**
 * Time grows about linearly when the cold build's cost per page at the largest size is at most 1.25×
 * its cost at the smallest (fixed start-up costs make it fall, which passes).
 */
function linearGoal(sizes: readonly SizeSamples[]): Goal {
  const perPage = sizes.map((s) => mid(s, 'coldBuild') / s.pages);
  const measured = sizes.map((s, k) => `${formatCount(s.pages)}: ${(perPage[k] as number).toFixed(2)} ms/page`).join(', ');
  const goal = 'Cold build time grows about linearly with N (ms/page at the largest N ≤ 1.25× at the smallest)';
  if (sizes.length < 2) return { goal, measured, verdict: 'n/a' };
  const growth = (perPage.at(-1) as number) / (perPage[0] as number);
  return { goal, measured: `${measured} (${formatRatio(growth)})`, verdict: verdict([growth], (g) => g <= 1.25) };
}

/** The goals of issue 17 with PASS, FAIL or n/a against the measured medians. */
export function goalsTable(sizes: readonly SizeSamples[]): string {
  const ratio = (a: MeasureId, b: MeasureId) => (size: SizeSamples): number => mid(size, a) / mid(size, b);
  const generated = sizes.filter((s) => s.kind === undefined);
  const goals = [
    everySize(sizes, 'Cold build ≤ 1.0× single-threaded remark parse, at every N and on the real pages', ratio('coldBuild', 'floor'), formatRatio, (r) => r <= 1),
    atSize(sizes, 1000, 'Warm build ≤ 2× Hugo at 1 000', ratio('warmBuild', 'hugo'), formatRatio, (r) => r <= 2),
    atSize(sizes, 10000, 'Warm build ≤ 2× Hugo at 10 000', ratio('warmBuild', 'hugo'), formatRatio, (r) => r <= 2),
    atSize(sizes, undefined, 'Warm build ≤ 3× Hugo on the real pages', ratio('warmBuild', 'hugo'), formatRatio, (r) => r <= 3),
    atSize(sizes, 1000, 'One-file preview edit < 300 ms at 1 000', (s) => mid(s, 'previewEdit'), formatMs, (ms) => ms < 300),
    atSize(sizes, 1000, 'Warm `check` < 0.5 s at 1 000', (s) => mid(s, 'warmCheck'), formatMs, (ms) => ms < 500),
    atSize(sizes, undefined, 'Warm `check` < 0.5 s on the real pages', (s) => mid(s, 'warmCheck'), formatMs, (ms) => ms < 500),
    atSize(sizes, 10000, 'Peak memory of a build (cold or warm) < 1 GiB at 10 000', (s) => Math.max(mid(s, 'coldBuildRss'), mid(s, 'warmBuildRss')), formatBytes, (b) => b < GIB),
    linearGoal(generated),
  ];
  return ['## Goals', '', '| Goal | Measured | Result |', '|---|---|---|', ...goals.map((g) => `| ${g.goal} | ${g.measured} | ${g.verdict} |`)].join('\n');
}
