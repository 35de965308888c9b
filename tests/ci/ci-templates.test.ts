import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/paths.ts';

interface GitlabJob { readonly stage?: string; readonly image?: string; readonly script?: string[]; readonly cache?: { readonly policy?: string; readonly paths?: string[] } }

const gitlab = parse(readFileSync(join(REPO_ROOT, '.gitlab-ci.yml'), 'utf8'), { merge: true }) as Record<string, GitlabJob> & { default: GitlabJob };
const github = readFileSync(join(REPO_ROOT, '.github/workflows/careers.yml'), 'utf8');

test('the pipelines run on the current Node.js LTS, not on Node.js 20 (end of life)', () => {
  assert.equal(gitlab.default.image, 'node:24');
  assert.deepEqual(github.match(/node-version: .*/g), ['node-version: 24', 'node-version: 24']);
});

test('jobs that run side by side in one stage only read the cache; one job per stage writes it', () => {
  const jobs = Object.entries(gitlab).filter(([, job]) => typeof job === 'object' && job !== null && 'script' in job);
  const policy = (job: GitlabJob): string => job.cache?.policy ?? gitlab.default.cache?.policy ?? 'pull-push';
  assert.deepEqual(jobs.map(([name, job]) => `${name} ${job.stage} ${policy(job)}`), [
    'check check pull',
    'changes check pull',
    'build build pull-push',
    'pages deploy pull-push',
    'external-links check pull-push',
  ]);
  assert.deepEqual(gitlab['check']?.cache?.paths, gitlab.default.cache?.paths, 'the same cache, read');
});

test('the published artifact is the site itself, not the link the build swaps in', () => {
  for (const name of ['build', 'pages']) assert.ok(gitlab[name]?.script?.includes('rm -rf public && cp -RL _site public'), name);
  assert.ok(gitlab.default.cache?.paths?.includes('._site.site-*/'));
  assert.match(github, /^ {12}\._site\.site-\*$/m);
});
