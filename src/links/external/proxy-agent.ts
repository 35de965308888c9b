import { EnvHttpProxyAgent, type Dispatcher } from 'undici';

/**
 * A dispatcher that goes through the proxy `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` name, as curl
 * and npm do. undici 6 (the line that still supports Node 20.10) marks it experimental with a process
 * warning on first use; that warning says nothing a user of the link check can act on, so it is left out.
 */
export function environmentProxyAgent(): Dispatcher {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, options?: unknown, ...rest: unknown[]) => {
    if (typeof options === 'object' && options !== null && (options as { code?: unknown }).code === 'UNDICI-EHPA') return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, options, ...rest);
  }) as typeof process.emitWarning;
  try {
    return new EnvHttpProxyAgent();
  } finally {
    process.emitWarning = emitWarning;
  }
}
