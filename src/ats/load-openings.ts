import { parseDocument } from 'yaml';
import { FILE_START, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { lineLocator } from '../diagnostics/positions.ts';
import { diagnostic } from '../diagnostics/rules.ts';
import type { AtsProvider, Opening } from '../model/role.ts';
import type { Settings } from '../model/settings-schema.ts';
import { keyPosition } from '../yaml/yaml-position.ts';
import type { AtsClient } from './ats-client.ts';
import { describeAge } from './describe-age.ts';
import { ashby } from './providers/ashby.ts';
import { greenhouse } from './providers/greenhouse.ts';
import { lever } from './providers/lever.ts';
import { cacheFile, readCachedAnswer, writeCachedAnswer } from './response-cache.ts';
import { DEFAULT_REQUEST_OPTIONS, requestJson, type AtsRequestOptions } from './request.ts';

const CLIENTS: Readonly<Record<AtsProvider, AtsClient>> = { greenhouse, lever, ashby };

export interface LoadOpeningsOptions {
  /** The settings file as diagnostics name it, and its text, to point at its `ats:` key. */
  readonly settingsFile: string;
  readonly settingsText: string;
  /** Folder of the build's cache (`.careers-cache/`); without it nothing is kept between builds. */
  readonly cacheDir?: string | undefined;
  readonly request?: AtsRequestOptions;
  /** Milliseconds since the epoch, for the age of a cached answer. */
  readonly now?: number;
}

/** The ATS's openings and what went wrong on the way; `at` is where the settings name the ATS. */
export interface LoadedOpenings {
  readonly openings: Opening[];
  readonly diagnostics: Diagnostic[];
  readonly at: Position;
}

/**
 * Reads the open jobs of the board the settings name, in one request (and one retry). A good answer is
 * cached; when the board is down, slow or answers nonsense the last good answer is used with a warning
 * that says how old it is, and without one the site is built without ATS openings. Never throws for
 * anything the network or the ATS does.
 */
export async function loadAtsOpenings(settings: Settings, options: LoadOpeningsOptions): Promise<LoadedOpenings> {
  const at = atsKeyPosition(options.settingsText);
  const ats = settings.ats;
  if (!ats) return { openings: [], diagnostics: [], at };
  const client = CLIENTS[ats.provider];
  const url = client.url(ats.board, ats.api_url);
  const board = `${client.name} board "${ats.board}"`;
  const file = options.cacheDir === undefined ? undefined : cacheFile(options.cacheDir, ats.provider, ats.board);
  const warn = (rule: 'ats/unavailable' | 'ats/malformed', message: string): Diagnostic => diagnostic(rule, options.settingsFile, at, message);
  const answer = await requestJson(url, options.request ?? DEFAULT_REQUEST_OPTIONS);
  const parsed = answer.ok ? client.parse(answer.body) : undefined;
  if (parsed?.ok) {
    if (file) await writeCachedAnswer(file, { fetchedAt: options.now ?? Date.now(), url, body: answer.ok ? answer.body : null });
    const skipped = parsed.skipped.length > 0 ? [warn('ats/malformed', `The ${board} lists ${parsed.skipped.length} job(s) that cannot be shown: ${parsed.skipped.join('; ')}.`)] : [];
    return { openings: parsed.openings, diagnostics: skipped, at };
  }
  const rule = answer.ok || answer.malformed ? 'ats/malformed' : 'ats/unavailable';
  const what = answer.ok ? `answered in a form its API does not document (${parsed && !parsed.ok ? parsed.problem : ''})` : answer.failure;
  const cached = file ? await readCachedAnswer(file) : undefined;
  const fromCache = cached ? client.parse(cached.body) : undefined;
  if (cached && fromCache?.ok) {
    const age = describeAge(cached.fetchedAt, options.now ?? Date.now());
    const when = new Date(cached.fetchedAt).toISOString().slice(0, 16).replace('T', ' ');
    return { openings: fromCache.openings, diagnostics: [warn(rule, `The ${board} ${what}; the build uses its last good answer, from ${age} ago (${when} UTC).`)], at };
  }
  return { openings: [], diagnostics: [warn(rule, `The ${board} ${what}, and no earlier answer is cached; the site is built without its openings.`)], at };
}

/** Where the settings file writes `ats:`, so an editor's jump lands on it. */
function atsKeyPosition(text: string): Position {
  if (text === '') return FILE_START;
  return keyPosition(parseDocument(text), [], 'ats', lineLocator(text)) ?? FILE_START;
}
