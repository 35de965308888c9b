import { buildDate } from '../build/load-site.ts';
import { serveWithEleventy } from '../eleventy/run-eleventy.ts';
import { CONTENT_OPTIONS, parseCommandArgs, requireFolder } from './options.ts';
import { UsageError } from './usage-error.ts';

/** `serve`: a preview with live reload; content problems show in the terminal as pages are edited. */
export async function serveCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { ...CONTENT_OPTIONS, out: { type: 'string', default: '_site' }, port: { type: 'string', default: '8080' } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`--port must be a port number; got "${values.port}".`);
  await serveWithEleventy(values.out, port, { contentDir: requireFolder(values.content, 'The content folder'), settingsFile: values.settings, today: buildDate() });
  return await new Promise<number>(() => {});
}
