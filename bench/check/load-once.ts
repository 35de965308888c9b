/**
 * One cold `loadSite` in this process (what `check` does after start-up), printed as JSON for run.ts:
 * the time to import the code, the wall and CPU time to load and check every page, and the page count.
 *
 *   node --import tsx bench/check/load-once.ts <content-dir>
 */
const started = performance.now();
const { buildDate, loadSite } = await import('../../src/build/load-site.ts');
const imported = performance.now();
// CPU time of the whole process (worker threads included) says what the work costs even when other
// programs compete for the cores; wall time says what a user waits.
const cpuBefore = process.cpuUsage();
const { files, diagnostics } = await loadSite({ contentDir: process.argv[2] ?? 'content', today: buildDate() });
const cpu = process.cpuUsage(cpuBefore);
const loaded = performance.now();
process.stdout.write(`${JSON.stringify({ importSeconds: (imported - started) / 1000, loadSeconds: (loaded - imported) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, pages: files.length, findings: diagnostics.length })}\n`);
