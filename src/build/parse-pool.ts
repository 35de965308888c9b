import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { loadPage, type LoadContext, type LoadedPage, type PageInput } from '../content/load-page.ts';
import type { ParseRequest, ParseResponse } from './parse-worker.ts';
import { startWorker } from '../entry-points.ts';

/** Below this many bytes to parse, starting a worker thread (~0.4 s with its loader) costs more than it saves. */
const MIN_PARALLEL_BYTES = 512 * 1024;
/** Pages handed out at a time: small enough to balance the end of the run, large enough to keep messages few. */
const CHUNK = 8;

/**
 * Loads pages with remark on every core: remark's parser is the bottleneck of a cold build. One worker
 * thread per core takes chunks of pages from one queue (largest pages first), so no thread sits idle
 * while another still has a backlog. Results come back in input order. The bytes of pages sent to a
 * worker are moved there: afterwards the inputs' `bytes` may be empty.
 *
 * This thread only keeps what comes back. When it parsed its share too, its heap also held the
 * garbage of parsing beside the whole site model: at 10 000 pages it peaked 400 MB higher, and was
 * no faster (the workers' results still have to be received).
 */
export async function loadPagesInParallel(inputs: readonly PageInput[], context: LoadContext, threads = availableParallelism(), minBytesPerThread = MIN_PARALLEL_BYTES): Promise<LoadedPage[]> {
  const totalBytes = inputs.reduce((sum, input) => sum + input.bytes.byteLength, 0);
  const workerCount = Math.min(threads, Math.ceil(totalBytes / minBytesPerThread), inputs.length);
  if (workerCount <= 1) return inputs.map((input) => detached(loadPage(input, context)));

  const queue = inputs.map((input, index) => ({ index, size: input.bytes.byteLength })).sort((a, b) => b.size - a.size || a.index - b.index).map((e) => e.index);
  const pages = new Array<LoadedPage>(inputs.length);
  let remaining = inputs.length;
  const take = (): number[] => queue.splice(0, CHUNK);

  const workers = Array.from({ length: workerCount }, () => startParseWorker());
  await Promise.all(workers.map((worker) => feed(worker)));
  if (remaining !== 0) throw new Error(`${remaining} pages were not parsed`);
  return pages;

  function feed(worker: Worker): Promise<void> {
    return new Promise((resolve, reject) => {
      let chunk = take();
      const send = (): void => {
        if (chunk.length === 0) {
          finish(worker);
          resolve();
          return;
        }
        const sent = chunk.map((index) => inputs[index] as PageInput);
        worker.postMessage({ inputs: sent, context } satisfies ParseRequest, ownedBuffers(sent));
      };
      worker.on('message', (response: ParseResponse) => {
        if (!response.ok) {
          finish(worker);
          reject(new Error(`A parse worker failed: ${response.error}`));
          return;
        }
        response.pages.forEach((page, k) => { pages[chunk[k] as number] = page; });
        remaining -= chunk.length;
        chunk = take();
        send();
      });
      worker.once('error', reject);
      send();
    });
  }
}

/**
 * The memory of the pages' bytes, to move to the worker rather than copy: this thread is done with
 * them, and a copy would stay until its next full garbage collection (67 MB at 10 000 pages). Only
 * bytes that have their memory to themselves (as `readFileSync` gives them) are moved; moving a shared
 * one would empty the other views of it.
 */
function ownedBuffers(inputs: readonly PageInput[]): ArrayBuffer[] {
  return inputs.flatMap(({ bytes }) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []));
}

/**
 * A page parsed on this thread, with strings of its own. Strings cut from the page's text (titles,
 * link targets) would otherwise keep the whole text alive for as long as the model lives: a tenth of
 * the heap at 10 000 pages. Pages from workers arrive copied already.
 */
function detached(page: LoadedPage): LoadedPage {
  return structuredClone(page);
}

/** Stops a worker and lets go of its listeners: they hold every page's bytes while the worker object lives on. */
function finish(worker: Worker): void {
  worker.removeAllListeners('message');
  void worker.terminate();
}

function startParseWorker(): Worker {
  // remark allocates many short-lived nodes: a larger young generation than the default cuts garbage collection;
  // 48 MB parses as fast as 96 MB did and peaks 70 MB lower at 4 000 pages.
  return startWorker('parse-worker', { resourceLimits: { maxYoungGenerationSizeMb: 48 } });
}
