import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.ts';
import { startPreview } from '../helpers/preview.ts';
import { freePort, waitFor } from '../helpers/waiting.ts';

const work = mkdtempSync(join(tmpdir(), 'careers-serve-'));
after(() => rmSync(work, { recursive: true, force: true }));

const read = (file: string): string => (existsSync(file) ? readFileSync(file, 'utf8') : '');

test('preview shows an edit, updates the search index, and reports a problem the edit brought in', async () => {
  const content = join(work, 'content');
  cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
  const out = join(work, 'site');
  const port = await freePort();
  const server = startPreview(['--content', content, '--out', out, '--port', String(port)], { cwd: REPO_ROOT });
  const terminal = server.output;
  try {
    const page = join(out, 'people/recruiter/index.html');
    await waitFor('the first build', () => terminal().includes('Server at') && read(page) !== '', 60_000, terminal);
    assert.doesNotMatch(terminal(), /link\/missing-page/);

    appendFileSync(join(content, 'people/recruiter.md'), '\nOur zeppelin crew says hello; see [the crew](/people/no-such-crew/).\n');
    await waitFor('the edit on the page', () => read(page).includes('zeppelin'), 60_000, terminal);
    await waitFor('the edit in the search index', () => read(join(out, 'search-index.json')).includes('zeppelin'));
    await waitFor('the broken link reported', () => /people\/recruiter\.md:\d+:\d+ error link\/missing-page/.test(terminal()), 60_000, terminal);
    assert.doesNotMatch(terminal(), /\n\s+at /, 'no stack trace');
  } finally {
    await server.stop();
  }
});
