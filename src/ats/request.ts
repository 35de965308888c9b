import type { Dispatcher } from 'undici';

/** How the job board is asked. */
export interface AtsRequestOptions {
  /** Per attempt. */
  readonly timeoutMs: number;
  /** Attempts after the first when the server fails (network error, timeout, 429 or 5xx). */
  readonly retries: number;
  /** Reads `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY`, which Node's own `fetch` ignores. */
  readonly dispatcher?: Dispatcher;
}

export const DEFAULT_REQUEST_OPTIONS: AtsRequestOptions = { timeoutMs: 10_000, retries: 1 };

/** What asking gave: the decoded JSON, or one phrase saying what went wrong ("answered 503 Service Unavailable"). */
export type AtsAnswer = { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly failure: string; readonly malformed?: true };

/** Gets `url` as JSON through the environment's proxy, with a timeout and one retry; never throws. */
export async function requestJson(url: string, options: AtsRequestOptions = DEFAULT_REQUEST_OPTIONS): Promise<AtsAnswer> {
  // Imported here: a site without an ATS (and every `check` of one) never pays for loading undici.
  const { EnvHttpProxyAgent, fetch } = await import('undici');
  const dispatcher = options.dispatcher ?? new EnvHttpProxyAgent();
  try {
    let answer = await attempt(fetch, url, options.timeoutMs, dispatcher);
    for (let retry = 0; retry < options.retries && answer.retry; retry++) answer = await attempt(fetch, url, options.timeoutMs, dispatcher);
    return answer.result;
  } finally {
    // An agent made here holds sockets open, which would keep the build's process alive.
    if (!options.dispatcher) await dispatcher.close();
  }
}

async function attempt(fetch: typeof import('undici').fetch, url: string, timeoutMs: number, dispatcher: Dispatcher): Promise<{ result: AtsAnswer; retry: boolean }> {
  let response;
  try {
    response = await fetch(url, { dispatcher, signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (error) {
    const name = (error as Error).name;
    const failure = name === 'TimeoutError' || name === 'AbortError' ? `did not answer within ${formatSeconds(timeoutMs)}` : `could not be reached (${networkReason(error)})`;
    return { result: { ok: false, failure }, retry: true };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
    return { result: { ok: false, failure: timedOut ? `did not finish its answer within ${formatSeconds(timeoutMs)}` : `broke off its answer (${networkReason(error)})` }, retry: true };
  }
  if (!response.ok) {
    const retry = response.status === 429 || response.status >= 500;
    return { result: { ok: false, failure: `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` }, retry };
  }
  try {
    return { result: { ok: true, body: JSON.parse(text) as unknown }, retry: false };
  } catch {
    return { result: { ok: false, failure: 'answered with something that is not JSON', malformed: true }, retry: false };
  }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
