// Counts, in one checker's output, how many of the planted broken links it reported and how many
// other problems it reported (on the generated site every other report is a false alarm).
// Usage: node --import tsx bench/links/count.ts PLANTED_JSON OUTPUT_FILE KIND   (KIND: ours | linkinator | hyperlink | htmlproofer)
import { readFileSync } from 'node:fs';

const [plantedFile, outputFile, kind] = process.argv.slice(2);
if (!plantedFile || !outputFile || !kind) throw new Error('usage: count.ts PLANTED_JSON OUTPUT_FILE KIND');
const planted = (JSON.parse(readFileSync(plantedFile, 'utf8')) as { marker: string }[]).map((p) => p.marker);
const output = readFileSync(outputFile, 'utf8');

/** One line of text per problem the tool reported. */
function reports(): string[] {
  switch (kind) {
    case 'ours':
      return (JSON.parse(output) as { message: string }[]).map((d) => d.message);
    case 'linkinator': {
      const start = output.indexOf('{');
      const result = JSON.parse(start === -1 ? '{"links":[]}' : output.slice(start)) as { links: { url: string; state: string }[] };
      return result.links.filter((l) => l.state === 'BROKEN').map((l) => l.url);
    }
    case 'hyperlink':
      // TAP: each failed assertion is `not ok N - …` followed by a YAML block naming the target.
      return output.split(/\n(?=not ok |ok )/).filter((block) => block.startsWith('not ok '));
    case 'htmlproofer':
      return output.split('\n').filter((line) => /^\s+\*\s/.test(line));
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

const all = reports();
// `planted-missing-role-1` must not count `planted-missing-role-10`.
const mentions = (report: string, marker: string): boolean => new RegExp(`${marker}(?![0-9])`).test(report);
const found = planted.filter((marker) => all.some((r) => mentions(r, marker)));
const other = all.filter((r) => !planted.some((marker) => mentions(r, marker)));
process.stdout.write(`${found.length} ${other.length}\n`);
