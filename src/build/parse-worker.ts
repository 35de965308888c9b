import { parentPort } from 'node:worker_threads';
import { loadPage, type LoadContext, type LoadedPage, type PageInput } from '../content/load-page.ts';

/** A batch of pages for one worker, and what it sends back (in the same order). */
export interface ParseRequest {
  readonly inputs: readonly PageInput[];
  readonly context: LoadContext;
}
export type ParseResponse = { ok: true; pages: LoadedPage[] } | { ok: false; error: string };

// Runs in a worker thread: parses the pages it is given and posts the results back.
parentPort?.on('message', (request: ParseRequest) => {
  try {
    const pages = request.inputs.map((input) => loadPage(input, request.context));
    parentPort?.postMessage({ ok: true, pages } satisfies ParseResponse);
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ParseResponse);
  }
});
