import { fetch, type Dispatcher } from 'undici';
import { linkCheckUserAgent } from './user-agent.ts';

/** How one URL is checked. */
export interface HttpCheckOptions {
  /** Per request. */
  readonly timeoutMs: number;
  /** Further attempts after a 429, a 5xx or a network failure. */
  readonly retries: number;
  /** First back-off delay, doubled on every retry, when the server gives no `Retry-After`. */
  readonly backoffMs: number;
  /** A `Retry-After` longer than this is not waited for: the link is reported as it stands. */
  readonly maxRetryAfterMs: number;
  readonly maxRedirects: number;
  readonly userAgent: string;
  /**
   * What requests go through. `checkExternalLinks` gives one that reads `HTTP_PROXY`, `HTTPS_PROXY`
   * and `NO_PROXY` (Node's own `fetch` ignores them); without one, requests go out directly.
   */
  readonly dispatcher?: Dispatcher;
}

export const DEFAULT_HTTP_OPTIONS: HttpCheckOptions = {
  timeoutMs: 10_000, retries: 2, backoffMs: 1_000, maxRetryAfterMs: 60_000, maxRedirects: 5,
  userAgent: linkCheckUserAgent(),
};

/** `rate-limited`: the server answered 429 on every attempt, so the link could not be checked this run. */
export type UrlState = 'ok' | 'broken' | 'unreachable' | 'redirected' | 'rate-limited';

/** What checking a URL found; plain data, so it can be cached as JSON. */
export interface UrlResult {
  readonly state: UrlState;
  /** The last status seen (the permanent redirect's for `redirected`). */
  readonly status?: number;
  /** Where a permanent redirect finally leads. */
  readonly location?: string;
  /** One phrase for the report: "answers 404 Not Found", "did not answer within 10 s". */
  readonly detail: string;
}

type Answer = { readonly status: number; readonly location: string | null; readonly retryAfter: string | null } | { readonly error: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Checks one external URL: HEAD first and GET when HEAD is refused, redirects followed one by one (so a
 * permanent one can be reported), 429 and 5xx retried with back-off that honours `Retry-After`.
 */
export async function checkUrl(url: string, options: HttpCheckOptions = DEFAULT_HTTP_OPTIONS): Promise<UrlResult> {
  let current = url;
  let permanent: number | undefined;
  for (let hop = 0; hop <= options.maxRedirects; hop++) {
    const answer = await requestWithRetries(current, options);
    if ('error' in answer) return { state: 'unreachable', detail: answer.error };
    if (REDIRECTS.has(answer.status) && answer.location) {
      if ((answer.status === 301 || answer.status === 308) && permanent === undefined) permanent = answer.status;
      try {
        current = new URL(answer.location, current).href;
      } catch {
        return { state: 'broken', status: answer.status, detail: `redirects to an invalid URL ${JSON.stringify(answer.location)}` };
      }
      continue;
    }
    if (answer.status === 429) return { state: 'rate-limited', status: 429, detail: `answers 429 Too Many Requests${current === url ? '' : ` after redirecting to ${current}`}` };
    if (answer.status >= 400) {
      const via = current === url ? '' : ` after redirecting to ${current}`;
      return { state: 'broken', status: answer.status, detail: `answers ${answer.status}${via}` };
    }
    if (permanent !== undefined) return { state: 'redirected', status: permanent, location: current, detail: `moved permanently (${permanent}) to ${current}` };
    return { state: 'ok', status: answer.status, detail: `answers ${answer.status}` };
  }
  return { state: 'broken', detail: `redirects more than ${options.maxRedirects} times` };
}

async function requestWithRetries(url: string, options: HttpCheckOptions): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    const answer = await headThenGet(url, options);
    const retriable = 'error' in answer || answer.status === 429 || answer.status >= 500;
    if (!retriable || attempt >= options.retries) return answer;
    const wait = ('error' in answer ? undefined : retryAfterMs(answer.retryAfter)) ?? options.backoffMs * 2 ** attempt;
    if (wait > options.maxRetryAfterMs) return answer;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Many servers refuse or mishandle HEAD (405, 403, even 404); their GET answer is the one that counts. */
async function headThenGet(url: string, options: HttpCheckOptions): Promise<Answer> {
  const head = await request(url, 'HEAD', options);
  if ('error' in head || head.status < 400 || head.status === 429) return head;
  return request(url, 'GET', options);
}

async function request(url: string, method: 'HEAD' | 'GET', options: HttpCheckOptions): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method,
      ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher }),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    // Only the status matters; reading a whole page would waste the bandwidth the check is meant to save.
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status, location: response.headers.get('location'), retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    return { error: describeFailure(error, options.timeoutMs) };
  }
}

/** `Retry-After` as milliseconds: either seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `did not answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `could not be reached (${code})`;
}
