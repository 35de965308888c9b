import { parentPort } from 'node:worker_threads';
import { searchIndexJson, type SearchDocument, type SearchIndexResponse } from './search-index.ts';

// Runs in a worker thread for the life of the process: indexes each list of documents it is sent.
parentPort?.on('message', (documents: SearchDocument[]) => {
  try {
    parentPort?.postMessage({ ok: true, json: searchIndexJson(documents) } satisfies SearchIndexResponse);
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies SearchIndexResponse);
  }
});
