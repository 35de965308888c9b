import { parentPort, workerData } from 'node:worker_threads';
import { searchIndexJson, type SearchDocument } from './search-index.ts';

// Runs in a worker thread: indexes the documents it is given and posts the JSON back.
parentPort?.postMessage(searchIndexJson(workerData as SearchDocument[]));
