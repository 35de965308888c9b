import { hasFailures } from '../diagnostics/diagnostic.ts';
import { formatDiagnostics } from '../diagnostics/format.ts';
import { applyLinksMode } from '../links/links-mode.ts';
import { buildDate, loadSite } from '../site/load-site.ts';
import { parseLinksMode } from './links-command.ts';
import { cacheDirOption, CONTENT_OPTIONS, parseCommandArgs, parseFormat, requireFolder } from './options.ts';

/** `check`: validates content without writing HTML. Exit 0 clean, 1 with errors. */
export async function checkCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { ...CONTENT_OPTIONS, format: { type: 'string', default: 'text' }, links: { type: 'string', default: 'error' } });
  const linksMode = parseLinksMode(values.links);
  const format = parseFormat(values.format);
  const contentDir = requireFolder(values.content, 'The content folder');
  const { files, diagnostics: found } = await loadSite({ contentDir, settingsFile: values.settings, today: buildDate(), cacheDir: cacheDirOption(values) });
  const diagnostics = applyLinksMode(found, linksMode);
  process.stdout.write(formatDiagnostics(format, diagnostics, files));
  return hasFailures(diagnostics, values.strict) ? 1 : 0;
}
