// Writes a deterministic content folder of N roles for the link benchmark, with `broken` planted
// broken internal links (half missing pages, half missing headings on pages that exist), and
// planted.json listing them so every checker's findings can be counted.
// Usage: node --import tsx bench/links/generate.ts OUT_DIR [--roles 4000] [--broken 40]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { roles: { type: 'string', default: '4000' }, broken: { type: 'string', default: '40' } } });
const out = positionals[0];
if (!out) throw new Error('usage: generate.ts OUT_DIR [--roles N] [--broken N]');
const roleCount = Number(values.roles);
const brokenCount = Number(values.broken);

const DEPARTMENTS = ['engineering', 'product', 'marketing', 'sales', 'people', 'finance', 'support', 'legal'];
const WORDS = ['platform', 'backend', 'frontend', 'data', 'security', 'growth', 'billing', 'search', 'mobile', 'reliability', 'analytics', 'partner'];
const LEVELS = ['Associate', 'Intermediate', 'Senior', 'Staff'];

interface GeneratedRole { readonly department: string; readonly slug: string; readonly title: string }

// A fixed linear congruential generator: the same site on every run and machine.
let seed = 20260115;
const random = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

const roles: GeneratedRole[] = Array.from({ length: roleCount }, (_, i) => {
  const department = DEPARTMENTS[i % DEPARTMENTS.length] ?? 'engineering';
  const word = WORDS[Math.floor(i / DEPARTMENTS.length) % WORDS.length] ?? 'platform';
  const title = `${word[0]?.toUpperCase()}${word.slice(1)} ${department === 'engineering' ? 'Engineer' : 'Specialist'} ${i}`;
  return { department, slug: `${word}-${department === 'engineering' ? 'engineer' : 'specialist'}-${i}`, title };
});
const url = (r: GeneratedRole): string => `/${r.department}/${r.slug}/`;
const levelId = (r: GeneratedRole, level: string): string => `${level.toLowerCase()}-${r.slug}`;

// Every (roleCount / broken)-th role carries one planted link, alternating the two kinds.
const planted: { file: string; line: number; column: number; href: string; marker: string; kind: string }[] = [];
const plantEvery = brokenCount > 0 ? Math.floor(roleCount / brokenCount) : Number.POSITIVE_INFINITY;

rmSync(out, { recursive: true, force: true });
for (const department of DEPARTMENTS) mkdirSync(join(out, department), { recursive: true });
roles.forEach((role, i) => {
  const others = [0, 1, 2].map(() => roles[random(roleCount)] ?? role);
  const lines = [
    '---', `title: "${role.title}"`, `summary: "The ${role.title} role, generated for the link benchmark."`, '---', '',
    `${role.title}s work with the [${others[0]?.title}](${url(others[0] ?? role)}) team and read the [handbook](/handbook/values/).`, '',
    '## Responsibilities', '',
    `- Partner with the [${others[1]?.title}](${url(others[1] ?? role)}#responsibilities).`,
    `- Grow into a [senior role](${url(others[2] ?? role)}#${levelId(others[2] ?? role, 'Senior')}) over time.`,
    `- Keep the [requirements](#requirements) in mind and see [all roles](/#dept-${role.department}).`, '',
    '## Requirements', '', '- Clear written English.', '- [Our values](/handbook/#values).', '',
    '## Levels', '',
    ...LEVELS.flatMap((level) => [`### ${level} ${role.title}`, '', `The ${level.toLowerCase()} level of the role.`, '']),
  ];
  if (brokenCount > 0 && i % plantEvery === 0 && planted.length < brokenCount) {
    const k = planted.length;
    const target = roles[(i + 1) % roleCount] ?? role;
    const [href, marker, kind] = k % 2 === 0
      ? [`/${role.department}/planted-missing-role-${k}/`, `planted-missing-role-${k}`, 'missing page']
      : [`${url(target)}#planted-missing-heading-${k}`, `planted-missing-heading-${k}`, 'missing heading'];
    lines.push(`See also [a planted link](${href}).`, '');
    planted.push({ file: join(out, role.department, `${role.slug}.md`), line: lines.length - 1, column: 10, href, marker, kind });
  }
  writeFileSync(join(out, role.department, `${role.slug}.md`), lines.join('\n'));
});
writeFileSync(join(out, '..', 'planted.json'), `${JSON.stringify(planted, null, 2)}\n`);
process.stderr.write(`Wrote ${roleCount} roles with ${planted.length} planted broken links into ${out}\n`);
