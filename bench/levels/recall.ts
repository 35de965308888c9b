// How well levels are read from real pages: every sentence "The X is a grade N" should come back as
// a level X with grade N, or as a level whose section holds the sentence, with grade N.
// Run: npx tsx bench/levels/recall.ts [folder …] (default: the shared seeds, corpus and corpus-2023).
// Prints recall, every miss, and with --levels every level found, to read for things that are no level.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadPage } from '../../src/content/load-page.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import type { Role } from '../../src/model/role.ts';

const SHARED = process.env['CAREERS_SHARED'] ?? '/work/shared';
const args = process.argv.slice(2);
const showLevels = args.includes('--levels');
const folders = args.filter((a) => !a.startsWith('--'));
const roots = folders.length > 0 ? folders : ['seeds', 'corpus', 'corpus-2023'].map((f) => join(SHARED, f));
/** The sentence as written, links reduced to their text, emphasis dropped. */
const SENTENCE = /\b(?:the|this)\s+([^.!?\n]{2,80}?)\s+(?:is|are)\s+(?:an?\s+)?(?:job\s+)?grade\s+(\d{1,2})\b/gi;

const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

let sentences = 0;
let found = 0;
const misses: string[] = [];
for (const root of roots) {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md') || entry.name === 'README.md') continue;
    const path = join(entry.parentPath, entry.name);
    const pathInContent = relative(root, path);
    const text = readFileSync(path, 'utf8');
    const loaded = loadPage({ bytes: Buffer.from(text), file: path, pathInContent }, { settings: DEFAULT_SETTINGS, today: '2026-06-01' });
    const role = loaded.role ?? (loaded as { unpublished?: Role }).unpublished;
    if (!role) continue;
    if (showLevels) console.log(`${relative(SHARED, path)}: ${role.levels.map((l) => `${l.title} (${l.grade ?? '-'})`).join(' | ')}`);
    const lines = text.split('\n');
    lines.forEach((raw, index) => {
      const line = raw.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/\bSr\./g, 'Senior').replace(/\bJr\./g, 'Junior');
      for (const match of line.matchAll(SENTENCE)) {
        sentences++;
        const subject = normalise(match[1] ?? '');
        const grade = Number(match[2]);
        const ok = role.levels.some((level) => level.grade === grade && (normalise(level.title) === subject || holds(role, level, index + 1)));
        if (ok) found++;
        else misses.push(`${relative(SHARED, path)}:${index + 1}: "${match[0]}" → levels: ${role.levels.map((l) => `${l.title} (${l.grade ?? '-'})`).join(' | ') || 'none'}`);
      }
    });
  }
}

/** True when the level is a heading (its title, its id) and that heading is the nearest level-or-higher heading above the line. */
function holds(role: Role, level: Role['levels'][number], line: number): boolean {
  const heading = role.sections.find((s) => s.id === level.id && normalise(s.title) === normalise(level.title));
  if (!heading || heading.line > line) return false;
  return !role.sections.some((s) => s.line > heading.line && s.line <= line && s.depth <= heading.depth);
}

console.log(`recall: ${found}/${sentences} = ${sentences === 0 ? '-' : ((100 * found) / sentences).toFixed(1)} %`);
for (const miss of misses) console.log(`miss ${miss}`);
