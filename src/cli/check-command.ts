import { hasFailures } from '../diagnostics/diagnostic.ts';
import { formatDiagnostics } from '../diagnostics/format.ts';
import { buildDate, loadSite } from '../site/load-site.ts';
import { CONTENT_OPTIONS, parseCommandArgs, parseFormat, requireFolder } from './options.ts';

/** `check`: validates content without writing HTML. Exit 0 clean, 1 with errors. */
export async function checkCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { ...CONTENT_OPTIONS, format: { type: 'string', default: 'text' } });
  const format = parseFormat(values.format);
  const contentDir = requireFolder(values.content, 'The content folder');
  const { files, diagnostics } = await loadSite({ contentDir, settingsFile: values.settings, today: buildDate() });
  process.stdout.write(formatDiagnostics(format, diagnostics, files));
  return hasFailures(diagnostics, values.strict) ? 1 : 0;
}
