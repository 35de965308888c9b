// Writes (or with --check, compares) every generated file: the rules and content-format references and the
// JSON Schemas editors use. Run from the repository root: `npm run docs`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_FILES } from './generated-files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const checkOnly = process.argv.includes('--check');
let stale = 0;
for (const file of GENERATED_FILES) {
  const path = join(root, file.path);
  const text = file.render();
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) continue;
  stale++;
  if (checkOnly) {
    process.stderr.write(`${file.path} is out of date; run \`npm run docs\`.\n`);
    continue;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  process.stderr.write(`Wrote ${file.path}\n`);
}
if (stale === 0) process.stderr.write('Generated files are up to date.\n');
process.exitCode = checkOnly && stale > 0 ? 1 : 0;
