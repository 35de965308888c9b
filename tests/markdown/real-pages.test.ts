import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { loadPage } from '../../src/content/load-page.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import { SHARED_DIR, SKIP_WITHOUT_SHARED } from '../helpers/paths.ts';

/** The real pages of the shared folders that hold an `<a` tag or a shortcode, loaded, with their source. */
function realPages(): { name: string; text: string; html: string; ids: Set<string> }[] {
  const pages = [];
  for (const folder of ['seeds', 'corpus', 'corpus-2023'].map((f) => join(SHARED_DIR ?? '', f))) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md') || entry.name === 'README.md') continue;
      const path = join(entry.parentPath, entry.name);
      const text = readFileSync(path, 'utf8');
      if (!text.includes('<a') && !text.includes('{{')) continue;
      const loaded = loadPage({ bytes: Buffer.from(text), file: path, pathInContent: relative(folder, path) }, { settings: DEFAULT_SETTINGS, today: '2026-06-01' });
      const role = loaded.role ?? loaded.unpublished;
      if (!role) continue;
      const ids = new Set([...role.sections.map((s) => s.id), ...(role.anchors ?? [])]);
      pages.push({ name: relative(SHARED_DIR ?? '', path), text, html: role.html, ids });
    }
  }
  return pages;
}

test('real pages: every raw <a id>/<a name> anchor is a link target on the page, and no shortcode leaks', { skip: SKIP_WITHOUT_SHARED }, () => {
  let anchors = 0;
  for (const page of realPages()) {
    assert.doesNotMatch(page.html, /\{\{[<%]/, page.name);
    for (const match of page.text.matchAll(/<a\s+(?:id|name)="([^"]+)"\s*>/g)) {
      const id = match[1] ?? '';
      anchors++;
      assert.ok(page.ids.has(id), `${page.name}: #${id}`);
      assert.ok(page.html.includes(`id="${id}"`), `${page.name}: id="${id}" in the HTML`);
    }
  }
  assert.ok(anchors >= 5, `found ${anchors} anchors`);
});
