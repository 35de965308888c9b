import { resolve, sep } from 'node:path';
import { isPortTaken } from '../eleventy/preview-server.ts';
import { CONTENT_OPTIONS, parseCommandArgs, requireFolder } from './options.ts';
import { UsageError } from './usage-error.ts';

/** `serve`: a preview with live reload; content problems show in the terminal as pages are edited. */
export async function serveCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { ...CONTENT_OPTIONS, out: { type: 'string', default: '_site' }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0 for any free port); got "${values.port}".`);
  const contentDir = requireFolder(values.content, 'The content folder');
  const outDir = values.out;
  // As for build: the preview writes its site into --out, which must not be or hold the content folder, nor sit inside it.
  if (resolve(outDir) === resolve(contentDir) || resolve(contentDir).startsWith(`${resolve(outDir)}${sep}`)) throw new UsageError(`--out "${outDir}" would overwrite the content folder.`);
  if (resolve(outDir).startsWith(`${resolve(contentDir)}${sep}`)) throw new UsageError(`--out "${outDir}" is inside the content folder; choose a folder outside "${contentDir}".`);
  // The dev server would quietly move to the next free port, and the address the user opens would show another site.
  if (await isPortTaken(values.host, port)) throw new UsageError(`Port ${port} on ${values.host} is in use (another preview?); choose another with --port N, or --port 0 for any free port.`);
  // The site loader and Eleventy are imported only once the options are known to be good: a usage error answers at once.
  const [{ buildDate }, { serveWithEleventy }] = await Promise.all([import('../build/load-site.ts'), import('../eleventy/run-eleventy.ts')]);
  await serveWithEleventy(outDir, port, { contentDir, settingsFile: values.settings, today: buildDate() }, values.host);
  return await new Promise<number>(() => {});
}
