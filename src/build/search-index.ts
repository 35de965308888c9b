import MiniSearch from 'minisearch';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../entry-points.ts';
import type { SiteModel } from '../model/site-model.ts';

/** The fields the search matches, best first; the browser script boosts them in this order. */
export const SEARCH_FIELDS = ['title', 'levels', 'department', 'summary', 'text'] as const;

/** What `search-index.json` holds: MiniSearch's serialised index and the options it was built with. */
export interface SearchIndexFile {
  readonly fields: readonly string[];
  /** `MiniSearch#toJSON()`; document ids are role URLs, which the index page's cards carry in `data-url`. */
  readonly index: unknown;
}

/** One role as the search sees it. */
export type SearchDocument = { readonly id: string } & { readonly [field in (typeof SEARCH_FIELDS)[number]]: string };

/** Below this many roles, starting a worker thread costs more than indexing on the spot. */
const MIN_BACKGROUND_ROLES = 200;

/** The documents of every role, in site order. */
export function searchDocuments(site: SiteModel): SearchDocument[] {
  return site.roles.map((role) => ({
    id: role.url,
    title: role.title,
    levels: role.levels.map((level) => level.title).join(' · '),
    department: role.department.name,
    summary: role.summary,
    text: role.text,
  }));
}

/**
 * Builds the full-text index of every role at build time, so the browser only loads it. Nothing is
 * stored beside the terms: the cards already on the page show the results.
 */
export function searchIndexJson(documents: readonly SearchDocument[]): string {
  return new SearchIndexer().indexJson(documents, false);
}

/** Keeps the index between calls, so that a preview re-indexes only the roles an edit changed. */
export class SearchIndexer {
  #search: MiniSearch<SearchDocument> | undefined;
  #documents = new Map<string, SearchDocument>();

  /**
   * The index file of `documents`: built afresh, or, when `incremental` and there was an earlier call,
   * by replacing only the documents that changed since. Both find the same roles, but the files differ
   * in MiniSearch's bookkeeping, so a build (whose output must not depend on history) indexes afresh.
   */
  indexJson(documents: readonly SearchDocument[], incremental: boolean): string {
    const next = new Map(documents.map((document) => [document.id, document]));
    let search = this.#search;
    this.#search = undefined; // until this call succeeds: a failed update leaves nothing half-changed to build on
    if (!incremental || search === undefined || next.size !== documents.length) {
      search = new MiniSearch<SearchDocument>({ idField: 'id', fields: [...SEARCH_FIELDS], storeFields: [] });
      search.addAll(documents);
    } else {
      for (const id of this.#documents.keys()) if (!next.has(id)) search.discard(id);
      for (const document of documents) {
        const before = this.#documents.get(document.id);
        if (before === undefined) search.add(document);
        else if (SEARCH_FIELDS.some((field) => before[field] !== document[field])) search.replace(document);
      }
    }
    const file: SearchIndexFile = { fields: SEARCH_FIELDS, index: search.toJSON() };
    const json = JSON.stringify(file);
    this.#search = search;
    this.#documents = next;
    return json;
  }
}

/** What the search index worker is sent. */
export interface SearchIndexRequest {
  readonly documents: readonly SearchDocument[];
  readonly incremental: boolean;
}

/** What the search index worker sends back for each list of documents. */
export type SearchIndexResponse = { ok: true; json: string } | { ok: false; error: string };

/**
 * Builds search indexes on another thread while this one renders pages (indexing is a fifth of a warm
 * build's work at 1 000 roles); small sites are indexed on the spot. A build indexes once and lets the
 * worker go; a preview keeps one worker, holding the last index, for all its rebuilds.
 */
export class SearchIndexWorker {
  readonly #minRoles: number;
  readonly #incremental: boolean;
  readonly #started = new WeakMap<SiteModel, Promise<string>>();
  #worker: Worker | undefined;
  /** Jobs run one after another on the one worker. */
  #lastJob: Promise<unknown> = Promise.resolve();

  /**
   * `minRoles`: fewer roles than this are indexed on the spot, since starting a worker thread would cost
   * more. `incremental`: update the index of the previous call instead of building it afresh (a preview;
   * never a build, whose output must not depend on history).
   */
  constructor({ minRoles = MIN_BACKGROUND_ROLES, incremental = false }: { readonly minRoles?: number; readonly incremental?: boolean } = {}) {
    this.#minRoles = minRoles;
    this.#incremental = incremental;
  }

  /** The search index of `site`, started once per site model. A rejected promise, never a throw: a build may start it before its checks find duplicate URLs. */
  indexFor(site: SiteModel): Promise<string> {
    let index = this.#started.get(site);
    if (index === undefined) {
      const documents = searchDocuments(site);
      index = documents.length < this.#minRoles ? new Promise((resolve) => resolve(searchIndexJson(documents))) : this.#inWorker({ documents, incremental: this.#incremental });
      this.#started.set(site, index);
    }
    return index;
  }

  #inWorker(request: SearchIndexRequest): Promise<string> {
    const job = this.#lastJob.then(() => new Promise<string>((resolve, reject) => {
      // MiniSearch allocates many short-lived objects: a larger young generation halves its garbage collection.
      const worker = (this.#worker ??= startWorker('search-index-worker', { resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
      const settle = (outcome: () => void): void => {
        worker.off('message', onMessage).off('error', onError);
        // Idle, the worker does not keep the process alive. A build indexes once: its worker is stopped,
        // handing back its memory (all the roles' text and the index, 150 MB at 10 000 roles) for the pages.
        worker.unref();
        if (!request.incremental && this.#worker === worker) {
          this.#worker = undefined;
          void worker.terminate();
        }
        outcome();
      };
      const onMessage = (response: SearchIndexResponse): void => settle(() => (response.ok ? resolve(response.json) : reject(new Error(response.error))));
      const onError = (error: Error): void => {
        this.#worker = undefined;
        settle(() => reject(error));
      };
      worker.on('message', onMessage).on('error', onError);
      worker.ref();
      worker.postMessage(request);
    }));
    this.#lastJob = job.catch(() => {});
    return job;
  }
}
