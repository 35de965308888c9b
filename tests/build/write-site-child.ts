// Run as a child process by write-site.test.ts: builds a small site into argv[2] whose every page says
// argv[3], and, when KILL_AFTER_RENAME=n, kills itself with SIGKILL right after the n-th rename of the
// swap, as a machine that loses power or an out-of-memory killer would.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';

const killAfter = Number(process.env['KILL_AFTER_RENAME'] ?? 0);
let renames = 0;
const rename = fs.promises.rename;
fs.promises.rename = (async (from: fs.PathLike, to: fs.PathLike) => {
  await rename(from, to);
  if (++renames === killAfter) process.kill(process.pid, 'SIGKILL');
}) as typeof rename;
syncBuiltinESMExports();

const { writeSiteAtomically } = await import('../../src/build/write-site.ts');
const [out, text] = process.argv.slice(2) as [string, string];
await writeSiteAtomically(out, async (dir) => {
  for (let page = 0; page < 20; page++) {
    fs.mkdirSync(join(dir, `page-${page}`));
    fs.writeFileSync(join(dir, `page-${page}/index.html`), text);
  }
  if (process.env['HOLD_MS']) await new Promise((done) => setTimeout(done, Number(process.env['HOLD_MS'])));
});
process.stdout.write(`renames ${renames}\n`);
