import { hasFailures } from '../diagnostics/diagnostic.ts';
import { formatDiagnostics } from '../diagnostics/format.ts';
import { changedFiles } from '../git/changed-files.ts';
import { applyLinksMode } from '../links/links-mode.ts';
import { gitOrUsage } from './changes-command.ts';
import { cacheDirOption, CONTENT_OPTIONS, parseCommandArgs, parseFormat, parseLinksMode, requireFolder } from './options.ts';

/** `check`: validates content without writing HTML. Exit 0 clean, 1 with errors. */
export async function checkCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { ...CONTENT_OPTIONS, format: { type: 'string', default: 'text' }, links: { type: 'string', default: 'error' }, 'changed-since': { type: 'string' } });
  const linksMode = parseLinksMode(values.links);
  const format = parseFormat(values.format);
  const contentDir = requireFolder(values.content, 'The content folder');
  // A merge request sees only its own files, but the whole site is loaded so cross-page checks still resolve.
  const since = values['changed-since'];
  const changed = since === undefined ? undefined : await gitOrUsage(() => changedFiles(since, contentDir));
  // The site loader is imported only once the options and the ref are known to be good: a usage error answers at once.
  const { buildDate, loadSite } = await import('../build/load-site.ts');
  const { files: allFiles, diagnostics: everywhere } = await loadSite({ contentDir, settingsFile: values.settings, today: buildDate(), cacheDir: cacheDirOption(values) });
  const files = changed ? allFiles.filter((f) => changed.has(f)) : allFiles;
  const diagnostics = applyLinksMode(changed ? everywhere.filter((d) => changed.has(d.file)) : everywhere, linksMode);
  process.stdout.write(formatDiagnostics(format, diagnostics, files));
  return hasFailures(diagnostics, values.strict) ? 1 : 0;
}
