import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { test } from 'node:test';
import { loadSite } from '../../src/build/load-site.ts';
import { SHARED_DIR, SKIP_WITHOUT_SHARED } from '../helpers/paths.ts';

const DEFAULT_SETTINGS = 'tests/fixtures/rules/default.config.yaml';

async function contentFindings(folder: string): Promise<string[]> {
  const contentDir = relative(process.cwd(), `${SHARED_DIR ?? ''}/${folder}`);
  const { diagnostics } = await loadSite({ contentDir, settingsFile: DEFAULT_SETTINGS, today: '2026-01-01' });
  return diagnostics.filter((d) => d.rule.startsWith('content/')).map((d) => `${d.file.slice(contentDir.length + 1)}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
}

test('the five seed pages give no content-rule findings by default ("Qualifications" holds the requirements)', { skip: SKIP_WITHOUT_SHARED }, async () => {
  assert.deepEqual(await contentFindings('seeds'), []);
});

test('the 64 corpus pages give no content-rule errors by default; every finding is a warning', { skip: SKIP_WITHOUT_SHARED }, async () => {
  const found = await contentFindings('corpus');
  const byRule = new Map<string, number>();
  for (const line of found) {
    const [, severity = '', rule = ''] = line.split(' ');
    byRule.set(`${severity} ${rule}`, (byRule.get(`${severity} ${rule}`) ?? 0) + 1);
  }
  assert.deepEqual(Object.fromEntries([...byRule].sort()), {
    'warning content/duplicate-title': 2,
    'warning content/empty-section': 2,
    'warning content/heading-skip': 2,
    'warning content/placeholder': 1,
    'warning content/required-section': 23,
  });
  assert.ok(found.includes('jobs/developer/index.html.md:79:4 warning content/placeholder'));
});
