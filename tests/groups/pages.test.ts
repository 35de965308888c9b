// The tests of the folders SHARED_PROCESS_GROUPS.pages names, in one process (see shared-process.mjs).
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/paths.ts';
import { groupFiles } from './shared-process.mjs';

for (const file of groupFiles('pages')) await import(pathToFileURL(`${REPO_ROOT}/${file}`).href);
