/**
 * What the generator makes of a folder of real job pages: pages, roles, families, levels, graded
 * levels, errors and warnings by rule. For the closing figures of issues about real pages.
 *
 *   npx tsx bench/corpus/stats.ts ../shared/corpus ../shared/corpus-2023 ../shared/corpus-sourcegraph
 */
import { relative } from 'node:path';
import { loadSite } from '../../src/build/load-site.ts';
import { discoverContent } from '../../src/content/discover.ts';

for (const dir of process.argv.slice(2)) {
  const contentDir = relative(process.cwd(), dir);
  const { files } = await discoverContent(contentDir);
  const { model, diagnostics } = await loadSite({ contentDir, today: new Date().toISOString().slice(0, 10) });
  const levels = model.roles.flatMap((role) => role.levels);
  const familyLevels = model.families.flatMap((family) => family.levels);
  const byRule = new Map<string, number>();
  for (const d of diagnostics) byRule.set(`${d.severity} ${d.rule}`, (byRule.get(`${d.severity} ${d.rule}`) ?? 0) + 1);
  const counts = [...byRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, n]) => `${rule} ${n}`);
  process.stdout.write([
    `## ${dir}`,
    `pages ${files.length}, roles ${model.roles.length}, families (folders) ${model.families.length} with ${familyLevels.length} level pages (${familyLevels.filter((l) => l.grade !== null).length} graded)`,
    `levels read from pages ${levels.length}, graded ${levels.filter((l) => l.grade !== null).length}`,
    `errors ${diagnostics.filter((d) => d.severity === 'error').length}, warnings ${diagnostics.filter((d) => d.severity === 'warning').length}`,
    ...counts.map((line) => `  ${line}`),
    '',
  ].join('\n'));
}
