import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { ROLE_PAGES_PER_PASS } from '../build/build-passes.ts';
import { collectGarbage } from '../build/collect-garbage.ts';
import { writeSiteAtomically } from '../build/write-site.ts';
import { hasFailures } from '../diagnostics/diagnostic.ts';
import { formatText } from '../diagnostics/format.ts';
import { applyRuleSettings } from '../diagnostics/rule-settings.ts';
import { applyLinksMode } from '../links/links-mode.ts';
import { cacheDirOption, CONTENT_OPTIONS, parseCommandArgs, parseLinksMode, requireFolder } from './options.ts';
import { UsageError } from './usage-error.ts';

/** `build`: checks content, then writes the site. Nothing is written when there are errors. */
export async function buildCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { ...CONTENT_OPTIONS, out: { type: 'string', default: '_site' }, links: { type: 'string', default: 'error' } });
  const linksMode = parseLinksMode(values.links);
  const contentDir = requireFolder(values.content, 'The content folder');
  const outDir = values.out;
  if (resolve(outDir) === resolve(contentDir) || resolve(contentDir).startsWith(`${resolve(outDir)}${sep}`)) {
    throw new UsageError(`--out "${outDir}" would overwrite the content folder.`);
  }
  // The build never writes into the content folder: not the site, nor the temporary folder beside it.
  if (resolve(outDir).startsWith(`${resolve(contentDir)}${sep}`)) {
    throw new UsageError(`--out "${outDir}" is inside the content folder; choose a folder outside "${contentDir}".`);
  }
  // The pipeline is imported only once the options are known to be good: a usage error answers at once.
  const [{ buildDate, SiteLoader }, { SearchIndexWorker }, { planRender }, { writeWithEleventy }, { noOriginDiagnostic }] = await Promise.all([
    import('../build/load-site.ts'), import('../build/search-index.ts'), import('../build/site-render.ts'), import('../eleventy/run-eleventy.ts'), import('../settings/load-settings.ts'),
  ]);
  const started = performance.now();
  const site = (await new SiteLoader().load({ contentDir, settingsFile: values.settings, today: buildDate(), cacheDir: cacheDirOption(values) })).check();
  // The checks' garbage goes before the search index and the pages need memory (a large site only: it takes time).
  if (site.model.roles.length > ROLE_PAGES_PER_PASS) collectGarbage();
  const { model, diagnostics: found, files } = site;
  // Without an origin the site is built with no absolute URL; said once, and `rules` can silence it.
  const noOrigin = model.settings.origin === undefined ? applyRuleSettings([noOriginDiagnostic(values.settings)], model.settings.rules) : [];
  const diagnostics = [...noOrigin, ...applyLinksMode(found, linksMode)];
  if (diagnostics.length > 0) process.stderr.write(formatText(diagnostics, files.length));
  if (hasFailures(diagnostics, values.strict)) {
    process.stderr.write(`Build stopped: fix the errors above. ${outDir} was not changed.\n`);
    return 1;
  }
  try {
    // Role pages the site in outDir already holds exactly as they would be written are carried over, not rendered again.
    const previousSite = existsSync(outDir) ? outDir : undefined;
    // What was checked is what is written: the plan starts the search index, which is built on another thread while pages render.
    const plan = planRender(model, { previousSite, searchIndex: new SearchIndexWorker() });
    await writeSiteAtomically(outDir, (temp) => writeWithEleventy(temp, plan, previousSite));
  } catch (error) {
    process.stderr.write(`Build failed while writing the site: ${describeError(error)}\n${outDir} was not changed.\n`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(`Built ${model.roles.length} ${model.roles.length === 1 ? 'role' : 'roles'} into ${outDir}/ in ${seconds} s.\n`);
  return 0;
}

/** An error and its causes (Eleventy wraps the one that matters in `originalError`), without stack traces. */
function describeError(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error && messages.length < 5; e = (e as { originalError?: unknown }).originalError ?? e.cause) messages.push(e.message.trimEnd());
  return messages.length > 0 ? messages.join('\n  caused by: ') : String(error);
}
