// Loaded with `node --import` by the failed-build test: makes Eleventy's file writes into the build's
// temporary folder fail after CAREERS_TEST_FAIL_AFTER_WRITES files, as a full disk would halfway through.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const limit = Number(process.env['CAREERS_TEST_FAIL_AFTER_WRITES']);
let writes = 0;

function check(file: unknown): void {
  if (String(file).includes('.building-') && ++writes > limit) throw new Error(`No space left on device (simulated after ${limit} files)`);
}

const writeFileSync = fs.writeFileSync;
fs.writeFileSync = ((file: Parameters<typeof writeFileSync>[0], ...rest: [Parameters<typeof writeFileSync>[1]]) => {
  check(file);
  writeFileSync(file, ...rest);
}) as typeof writeFileSync;
const writeFile = fs.promises.writeFile;
fs.promises.writeFile = (async (file: Parameters<typeof writeFile>[0], ...rest: [Parameters<typeof writeFile>[1]]) => {
  check(file);
  return writeFile(file, ...rest);
}) as typeof writeFile;
// Eleventy imports from node:fs as an ES module too; this updates those bindings.
syncBuiltinESMExports();
