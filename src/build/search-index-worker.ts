import { parentPort } from 'node:worker_threads';
import { SearchIndexer, type SearchIndexRequest, type SearchIndexResponse } from './search-index.ts';

// Runs in a worker thread for the life of the process: indexes each list of documents it is sent,
// keeping the index between requests so that a preview's updates touch only what changed.
const indexer = new SearchIndexer();
parentPort?.on('message', ({ documents, incremental }: SearchIndexRequest) => {
  try {
    parentPort?.postMessage({ ok: true, json: indexer.indexJson(documents, incremental) } satisfies SearchIndexResponse);
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies SearchIndexResponse);
  }
});
