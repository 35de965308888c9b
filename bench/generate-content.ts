/**
 * Writes N synthetic job pages shaped like real job-family pages (every front-matter dialect, levels with
 * grades, specialties, hiring processes, links to other roles with anchors, links into a handbook),
 * deterministically from a seed, so benchmark runs compare like with like.
 *
 *   node --import tsx bench/generate-content.ts <out-dir> <count> [seed]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const DEPARTMENTS = ['engineering', 'product', 'marketing', 'sales', 'people', 'finance', 'operations', 'support'];
const NOUNS = ['Engineer', 'Analyst', 'Manager', 'Designer', 'Specialist', 'Coordinator', 'Architect', 'Scientist'];
const TOPICS = ['Telemetry', 'Ground Network', 'Payload', 'Billing', 'Identity', 'Scheduling', 'Archive', 'Orbit', 'Radio', 'Mission'];
const WORDS = 'design build operate review measure improve document plan ship support mentor automate monitor explain test deploy secure simplify negotiate forecast'.split(' ');
const LEVELS = ['Associate', 'Intermediate', 'Senior', 'Staff', 'Principal'];

/** A small, fast, seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedRole {
  readonly path: string;
  readonly url: string;
  readonly title: string;
  readonly headingIds: readonly string[];
}

/** Generates `count` pages into `outDir` (emptied first) and returns what was written. */
export function generateContent(outDir: string, count: number, seed = 42): GeneratedRole[] {
  rmSync(outDir, { recursive: true, force: true });
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentence = (): string => {
    const words = Array.from({ length: 8 + Math.floor(next() * 14) }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const roles: GeneratedRole[] = [];
  for (let i = 0; i < count; i++) {
    const department = DEPARTMENTS[i % DEPARTMENTS.length] as string;
    const title = `${pick(TOPICS)} ${pick(NOUNS)} ${i}`;
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const dialect = i % 4;
    const path = dialect === 0 ? `${department}/${slug}.md` : dialect === 1 ? `job-families/${department}/${slug}/index.html.md` : dialect === 2 ? `${department}/${slug}/index.md` : `jobs/${slug}/index.html.md`;
    const url = `/${path.replace(/(\/index)?(\.html)?\.md$/, '')}/`;
    const levelCount = 1 + Math.floor(next() * 4);
    const levels = LEVELS.slice(0, levelCount).map((prefix, n) => ({ title: `${prefix} ${title}`, grade: 5 + n }));
    const headingIds = ['responsibilities', 'requirements', 'levels', ...levels.map((l) => l.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')), 'hiring-process'];
    roles.push({ path, url, title, headingIds });
  }
  for (const [i, role] of roles.entries()) {
    const dialect = i % 4;
    const frontMatter = dialect === 0 ? `layout: job_page\ntitle: "${role.title}"` : dialect === 1 ? `layout: job_family_page\ntitle: "${role.title}"` : dialect === 2 ? `title: "${role.title}"\nsummary: ${sentence()}` : `title: "${role.title}"\ndescription: "${sentence()}"`;
    const other = roles[Math.floor(next() * roles.length)] as GeneratedRole;
    const anchor = pick(other.headingIds);
    const paragraphs = (n: number): string => Array.from({ length: n }, () => Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ')).join('\n\n');
    const bullets = (n: number): string => Array.from({ length: n }, () => `- ${sentence()}`).join('\n');
    const levels = role.headingIds.slice(3, -1);
    const body = [
      paragraphs(1 + Math.floor(next() * 3)),
      `## Responsibilities\n\n${bullets(4 + Math.floor(next() * 8))}\n- Work with the [${other.title}](${other.url}#${anchor}) team.`,
      `## Requirements\n\n${bullets(4 + Math.floor(next() * 8))}\n- You share our [values](/handbook/values/#transparency).`,
      `## Levels\n\n${levels.map((id, n) => {
        const levelTitle = `${LEVELS[n]} ${role.title}`;
        return `### ${levelTitle}\n\n#### Job Grade\n\nThe ${levelTitle} is a [grade ${5 + n}](/handbook/total-rewards/#job-grades).\n\n#### Responsibilities\n\n${bullets(3 + Math.floor(next() * 5))}\n\n${paragraphs(Math.floor(next() * 3))}`;
      }).join('\n\n')}`,
      `## Performance Indicators\n\n${bullets(3)}`,
      `## Hiring Process\n\n${Array.from({ length: 4 }, () => `1. ${sentence()}`).join('\n')}\n\nSee also [how we hire](/handbook/hiring/) and [the steps above](#hiring-process).`,
    ].join('\n\n');
    const file = join(outDir, role.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\n${frontMatter}\n---\n\n${body}\n`);
  }
  return roles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, count, seed] = process.argv.slice(2);
  if (!outDir || !count) {
    process.stderr.write('usage: node --import tsx bench/generate-content.ts <out-dir> <count> [seed]\n');
    process.exit(2);
  }
  const roles = generateContent(outDir, Number(count), seed ? Number(seed) : 42);
  process.stdout.write(`wrote ${roles.length} pages to ${outDir}\n`);
}
