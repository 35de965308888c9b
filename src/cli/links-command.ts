import { join } from 'node:path';
import { compareDiagnostics, hasFailures } from '../diagnostics/diagnostic.ts';
import { formatDiagnostics } from '../diagnostics/format.ts';
import { openLinkCache, parseDuration } from '../links/external/link-cache.ts';
import { createProgress } from '../links/external/progress.ts';
import { isLinkRule } from '../links/links-mode.ts';
import { cacheDirOption, CONTENT_OPTIONS, parseCommandArgs, parseFormat, requireFolder } from './options.ts';
import { UsageError } from './usage-error.ts';

/**
 * `links`: reports the internal link problems `check` finds and, with `--external`, checks every
 * external URL of the built site, reported at the Markdown line that wrote it. Exit 0 clean, 1 problems.
 */
export async function linksCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    ...CONTENT_OPTIONS,
    site: { type: 'string', default: '_site' },
    external: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    skip: { type: 'string', multiple: true, default: [] },
    'cache-ttl': { type: 'string', default: '1d' },
    timeout: { type: 'string', default: '10s' },
    retries: { type: 'string' },
    concurrency: { type: 'string', default: '16' },
    'per-host': { type: 'string', default: '2' },
  });
  const format = parseFormat(values.format);
  const contentDir = requireFolder(values.content, 'The content folder');
  const skip = values.skip.map((pattern) => {
    try {
      return new RegExp(pattern);
    } catch {
      throw new UsageError(`--skip "${pattern}" is not a valid regular expression.`);
    }
  });
  const timeoutMs = duration(values.timeout, '--timeout');
  // Not given, the checker's own default applies (it is loaded below).
  const retries = values.retries === undefined ? undefined : count(values.retries, '--retries', 0);
  const external = values.external
    ? { siteDir: requireFolder(values.site, 'The built site'), ttl: duration(values['cache-ttl'], '--cache-ttl'), perHost: count(values['per-host'], '--per-host', 1), concurrency: count(values.concurrency, '--concurrency', 1) }
    : undefined;

  // The site loader is imported only once the options are known to be good: a usage error answers at once.
  const { buildDate, loadSite } = await import('../build/load-site.ts');
  const cacheDir = cacheDirOption(values);
  const { model, files, diagnostics } = await loadSite({ contentDir, settingsFile: values.settings, today: buildDate(), cacheDir });
  const found = diagnostics.filter((d) => isLinkRule(d.rule));
  if (external) {
    // The external check's modules (undici among them) are loaded only when it runs.
    const [{ indexSite }, { checkExternalLinks }, { collectExternalLinks }, { DEFAULT_HTTP_OPTIONS }] = await Promise.all([
      import('../links/check-site-links.ts'), import('../links/external/check-external.ts'), import('../links/external/collect-external.ts'), import('../links/external/http-check.ts'),
    ]);
    const http = { ...DEFAULT_HTTP_OPTIONS, timeoutMs, retries: retries ?? DEFAULT_HTTP_OPTIONS.retries };
    const { index } = indexSite(model);
    const links = await collectExternalLinks(external.siteDir, index, model.roles);
    found.push(...await checkExternalLinks(links, {
      http, skip: [...skip, ...model.settings.external_links_skip.map((pattern) => new RegExp(pattern))], perHost: external.perHost, concurrency: external.concurrency,
      // `--no-cache` checks every URL afresh; otherwise results live beside the page cache.
      cache: await openLinkCache(join(cacheDir ?? '.', 'links.json'), cacheDir === undefined ? 0 : external.ttl),
      progress: createProgress('Checking external links', links.length),
    }));
  }
  const reported = found.sort(compareDiagnostics);
  const reportedFiles = [...new Set([...files, ...reported.map((d) => d.file)])].sort();
  process.stdout.write(formatDiagnostics(format, reported, reportedFiles));
  return hasFailures(reported, values.strict) ? 1 : 0;
}

function duration(value: string, option: string): number {
  const ms = parseDuration(value);
  if (ms === undefined) throw new UsageError(`${option} must be a duration such as 10s, 30m, 12h or 7d; got "${value}".`);
  return ms;
}

function count(value: string, option: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${option} must be a whole number of at least ${min}; got "${value}".`);
  return Number(value);
}
