import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPage } from '../../src/content/load-page.ts';
import { formatChangesMarkdown, formatChangesText } from '../../src/git/format-changes.ts';
import { compareRoles } from '../../src/git/role-changes.ts';
import type { Role } from '../../src/model/role.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import { page } from './temp-repo.ts';

function role(pathInContent: string, text: string): Role {
  const loaded = loadPage({ bytes: Buffer.from(text), file: `content/${pathInContent}`, pathInContent }, { settings: DEFAULT_SETTINGS, today: '2026-01-01' });
  assert.ok(loaded.role, `${pathInContent} does not load`);
  return loaded.role;
}

const before = [
  role('engineering/backend.md', page('Backend Engineer')),
  role('engineering/frontend.md', page('Frontend Engineer')),
  role('jobs/writer.md', page('Writer')),
  role('sales/seller.md', page('Seller')),
];
const after = [
  role('engineering/backend.md', page('Backend Engineer (Platform) | *Core*', 'Now with an introduction.\n\n## Responsibilities\n\n- Do more work.\n')),
  role('engineering/frontend.md', page('Frontend Engineer')),
  role('engineering/writer.md', page('Technical Writer', undefined, 'redirect_from: /jobs/writer/\n')),
  role('data/analyst.md', page('Data Analyst')),
];

test('compareRoles finds added, moved (by redirect), changed (with the fields) and removed roles by URL', () => {
  const changes = compareRoles(before, after);
  assert.deepEqual(changes.map((c) => [c.kind, c.role.url, 'fields' in c ? c.fields : []]), [
    ['added', '/data/analyst/', []],
    ['moved', '/engineering/writer/', ['title']],
    ['changed', '/engineering/backend/', ['title', 'summary', 'body']],
    ['removed', '/sales/seller/', []],
  ]);
  assert.deepEqual(compareRoles(before, before), []);
});

test('the text format lists each kind with the URL and title', () => {
  assert.equal(formatChangesText('main', compareRoles(before, after)), `Roles changed since main: 1 added, 1 moved, 1 changed, 1 removed.

Added:
  /data/analyst/ "Data Analyst" (content/data/analyst.md)

Moved:
  /engineering/writer/ "Technical Writer" from /jobs/writer/; changed: title (was "Writer")

Changed:
  /engineering/backend/ "Backend Engineer (Platform) | *Core*"; changed: title (was "Backend Engineer"), summary, body

Removed:
  /sales/seller/ "Seller" (content/sales/seller.md)
`);
  assert.equal(formatChangesText('main', []), 'No roles changed since main.\n');
});

test('the Markdown format is a table for a merge request comment, with titles escaped', () => {
  assert.equal(formatChangesMarkdown('origin/main', compareRoles(before, after)), `#### Roles changed since \`origin/main\`

1 added, 1 moved, 1 changed, 1 removed.

| Change | Role | URL | What changed |
| --- | --- | --- | --- |
| Added | Data Analyst | \`/data/analyst/\` | \`content/data/analyst.md\` |
| Moved | Technical Writer | \`/engineering/writer/\` (from \`/jobs/writer/\`) | title (was Writer) |
| Changed | Backend Engineer (Platform) \\| \\*Core\\* | \`/engineering/backend/\` | title (was Backend Engineer), summary, body |
| Removed | Seller | \`/sales/seller/\` | \`content/sales/seller.md\` |
`);
  assert.equal(formatChangesMarkdown('a`b', []), '#### Roles changed since a\\`b\n\nNo roles changed.\n');
});
