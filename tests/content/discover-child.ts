// Run as a child process (as another user) by discover-special-files.test.ts: prints what discovery finds in argv[2].
import { discoverContent } from '../../src/content/discover.ts';

const [contentDir, cwd] = process.argv.slice(2) as [string, string];
const { files, diagnostics } = await discoverContent(contentDir, cwd);
process.stdout.write(JSON.stringify({ files: files.map((f) => f.pathInContent), diagnostics: diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`) }));
