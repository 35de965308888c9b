/**
 * Sums the self time of `.cpuprofile` files (from `node --cpu-prof`, one per thread) by function and
 * by package, and the inclusive time of our own functions, and prints the top entries as Markdown tables.
 *
 *   node --import tsx bench/lib/cpu-profile-summary.ts <profile-dir-or-files...> [--top 25]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * Time in milliseconds by key, over every sample of a profile: self time, or with `inclusive` the time
 * of every sample with that key anywhere on its stack (counted once per sample).
 */
function sampleTimes(profile: CpuProfile, keyOf: (node: ProfileNode) => string | undefined, into: Map<string, number>, inclusive = false): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  profile.samples.forEach((id, i) => {
    // A sample lasts until the next one; DevTools counts it the same way.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const keys = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = inclusive ? parent.get(at) : undefined) {
      const node = byId.get(at);
      const key = node && keyOf(node);
      if (key !== undefined) keys.add(key);
    }
    for (const key of keys) into.set(key, (into.get(key) ?? 0) + ms);
  });
}

/**
 * Where a function lives, shortened: `pkg/file:line` for node_modules, else the path from the repo
 * without a line (tsx's output puts a whole TypeScript module on one line).
 */
function place(url: string, line: number): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('node_modules/');
  return inModules >= 0 ? `${path.slice(inModules + 'node_modules/'.length)}:${line + 1}` : path.replace(/^.*\/(src|layouts|bench)\//, '$1/');
}

/** The package (or our top folder) a function belongs to. */
function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1] as string;
  if (url.startsWith('node:')) return 'node: built-ins';
  const ours = /\/(src\/[^/]+|layouts)\//.exec(url);
  return ours ? (ours[1] as string) : url;
}

/** Our own functions (src/, layouts/), for the inclusive table: where the time goes in our terms. */
function ourFunction(node: ProfileNode): string | undefined {
  const { url, functionName, lineNumber } = node.callFrame;
  return /\/(src|layouts)\//.test(url) && !url.includes('node_modules') ? `${functionName || '(anonymous)'} ${place(url, lineNumber)}` : undefined;
}

function table(title: string, times: Map<string, number>, total: number, top: number): string {
  const rows = [...times].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [`| ${title} | self ms | % |`, '|---|---:|---:|', ...rows.map(([key, ms]) => `| ${key.replace(/\|/g, '\\|')} | ${Math.round(ms)} | ${((100 * ms) / total).toFixed(1)} |`)].join('\n');
}

function profileFiles(args: readonly string[]): string[] {
  return args.flatMap((arg) => (statSync(arg).isDirectory() ? readdirSync(arg).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(arg, f)) : [arg]));
}

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args.splice(topIndex, 2)[1]) : 25;
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
const inclusive = new Map<string, number>();
const files = profileFiles(args);
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  sampleTimes(profile, (n) => `${n.callFrame.functionName || '(anonymous)'} ${place(n.callFrame.url, n.callFrame.lineNumber)}`, byFunction);
  sampleTimes(profile, (n) => (n.callFrame.url ? packageOf(n.callFrame.url) : n.callFrame.functionName || '(native)'), byPackage);
  sampleTimes(profile, ourFunction, inclusive, true);
}
const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
process.stdout.write(`${files.length} profiles, ${Math.round(total)} ms of samples (all threads)\n\n${table('Function', byFunction, total, top)}\n\n${table('Package', byPackage, total, top)}\n\n${table('Our function (inclusive)', inclusive, total, top)}\n`);
