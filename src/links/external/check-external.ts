import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { diagnostic } from '../../diagnostics/rules.ts';
import type { ExternalLink } from './collect-external.ts';
import { checkUrl, type HttpCheckOptions, type UrlResult } from './http-check.ts';
import { createHostLimiter } from './limiter.ts';
import type { LinkCache } from './link-cache.ts';
import { environmentProxyAgent } from './proxy-agent.ts';
import type { Progress } from './progress.ts';

export interface ExternalCheckOptions {
  readonly http: HttpCheckOptions;
  /** Requests at once to one host. */
  readonly perHost: number;
  /** Requests at once overall. */
  readonly concurrency: number;
  /** URLs matching any of these are not checked. */
  readonly skip: readonly RegExp[];
  readonly cache: LinkCache;
  readonly progress?: Progress;
}

/** Checks every external URL once (cached results first) and reports each problem at every place the URL is written. */
export async function checkExternalLinks(links: readonly ExternalLink[], options: ExternalCheckOptions): Promise<Diagnostic[]> {
  const limit = createHostLimiter(options.perHost, options.concurrency);
  const toCheck = links.filter((link) => !options.skip.some((pattern) => pattern.test(link.url)));
  // Through the proxy the environment names, as curl and npm do; closed after, or its sockets keep the process alive.
  const dispatcher = options.http.dispatcher ?? environmentProxyAgent();
  const http = { ...options.http, dispatcher };
  let results: { link: ExternalLink; result: UrlResult }[];
  try {
    results = await Promise.all(toCheck.map(async (link) => {
      const cached = options.cache.get(link.url);
      const result = cached ?? await limit(link.url, () => checkUrl(link.url, http));
      if (!cached) options.cache.set(link.url, result);
      options.progress?.tick();
      return { link, result };
    }));
  } finally {
    if (options.http.dispatcher === undefined) await dispatcher.close();
  }
  options.progress?.done();
  await options.cache.save();
  return results.flatMap(({ link, result }) => reportResult(link, result));
}

function reportResult(link: ExternalLink, result: UrlResult): Diagnostic[] {
  const where = !link.fromSource && link.pages > 1 ? ` (on ${link.pages} pages)` : '';
  const quoted = JSON.stringify(link.url);
  return link.uses.flatMap((use) => {
    switch (result.state) {
      case 'ok': return [];
      case 'broken': return [diagnostic('link/external-broken', use.file, use, `The link ${quoted} is broken: it ${result.detail}.${where}`)];
      case 'unreachable': return [diagnostic('link/external-unreachable', use.file, use, `The link ${quoted} ${result.detail}.${where}`)];
      case 'rate-limited': return [diagnostic('link/external-rate-limited', use.file, use, `The link ${quoted} was not checked: its server ${result.detail} (rate limiting); it is checked again next run.${where}`)];
      case 'redirected': return [diagnostic('link/external-redirect', use.file, use, `The link ${quoted} ${result.detail}.${where}`, `Link to ${result.location ?? 'the new URL'} directly.`)];
    }
  });
}
