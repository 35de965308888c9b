import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadPage, type LoadContext, type LoadedPage, type PageInput } from '../content/load-page.ts';
import type { ParseRequest, ParseResponse } from './parse-worker.ts';

/** Below this many bytes to parse, starting worker threads (~0.1 s each) costs more than it saves. */
const MIN_PARALLEL_BYTES = 512 * 1024;

/**
 * Loads pages with remark on every core: remark's parser is the bottleneck of a cold build. Pages are
 * split into one batch per worker, balanced by size; results come back in input order.
 */
export async function loadPagesInParallel(inputs: readonly PageInput[], context: LoadContext, threads = availableParallelism(), minBytesPerWorker = MIN_PARALLEL_BYTES): Promise<LoadedPage[]> {
  const totalBytes = inputs.reduce((sum, input) => sum + input.bytes.byteLength, 0);
  const workerCount = Math.min(threads, Math.ceil(totalBytes / minBytesPerWorker), inputs.length);
  if (workerCount <= 1) return inputs.map((input) => loadPage(input, context));

  const batches = balance(inputs, workerCount);
  const results = await Promise.all(batches.map((batch) => runWorker({ inputs: batch.map((i) => inputs[i] as PageInput), context })));
  const pages = new Array<LoadedPage>(inputs.length);
  batches.forEach((batch, b) => batch.forEach((index, k) => { pages[index] = results[b]?.[k] as LoadedPage; }));
  return pages;
}

/** Splits input indexes into `count` batches of about equal bytes (largest first, each to the lightest batch). */
function balance(inputs: readonly PageInput[], count: number): number[][] {
  const batches = Array.from({ length: count }, () => ({ bytes: 0, indexes: [] as number[] }));
  const order = inputs.map((input, index) => ({ index, size: input.bytes.byteLength })).sort((a, b) => b.size - a.size || a.index - b.index);
  for (const { index, size } of order) {
    const lightest = batches.reduce((min, batch) => (batch.bytes < min.bytes ? batch : min));
    lightest.bytes += size;
    lightest.indexes.push(index);
  }
  return batches.map((b) => b.indexes);
}

function runWorker(request: ParseRequest): Promise<LoadedPage[]> {
  // Workers do not inherit tsx's loader hooks, so register them before importing the TypeScript worker.
  const loader = import.meta.resolve('tsx/esm/api');
  const script = new URL('./parse-worker.ts', import.meta.url).href;
  const worker = new Worker(`import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); })`, { eval: true });
  return new Promise((resolve, reject) => {
    worker.once('message', (response: ParseResponse) => {
      void worker.terminate();
      if (response.ok) resolve(response.pages);
      else reject(new Error(`A parse worker failed: ${response.error}`));
    });
    worker.once('error', reject);
    worker.postMessage(request);
  });
}
