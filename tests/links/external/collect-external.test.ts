import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { indexSite } from '../../../src/links/check-site-links.ts';
import { collectExternalLinks } from '../../../src/links/external/collect-external.ts';
import { loadSite } from '../../../src/build/load-site.ts';

test('external URLs of the built HTML are mapped to the Markdown lines that wrote them, else to their first HTML use', async () => {
  const { model } = await loadSite({ contentDir: 'tests/fixtures/links/planted', settingsFile: 'tests/fixtures/links/default.config.yaml', today: '2026-01-15' });
  const site = mkdtempSync(join(tmpdir(), 'links-site-'));
  const footer = '<footer><a href="https://example.org/about">About us</a> <a href="mailto:jobs@example.com">Mail</a></footer>';
  mkdirSync(join(site, 'engineering/backend-engineer'), { recursive: true });
  writeFileSync(join(site, 'index.html'), `<!doctype html>\n<main id="main"><a href="/engineering/backend-engineer/">Backend</a></main>\n${footer}\n`);
  writeFileSync(join(site, 'engineering/backend-engineer/index.html'), [
    '<!doctype html>',
    '<p><a href="/handbook/#values">values</a> <a href="https://example.com/careers">an example</a></p>',
    '<p><a href="../site-reliability-engineer/">SRE</a> <a href="/handbook/hiring/">only in HTML</a></p>',
    footer,
  ].join('\n'));
  const links = await collectExternalLinks(site, indexSite(model).index, model.roles);
  const shown = (file: string): string => relative(process.cwd(), join(site, file));
  const source = 'tests/fixtures/links/planted/engineering/backend-engineer.md';
  assert.deepEqual(links.map((l) => `${l.url} ${l.pages} ${l.fromSource} ${l.uses.map((u) => `${u.file}:${u.line}:${u.column}`).join(' ')}`), [
    `http://localhost:8080/handbook/ 1 true ${source}:8:10`,
    `http://localhost:8080/handbook/hiring/ 1 false ${shown('engineering/backend-engineer/index.html')}:3:55`,
    `https://example.com/careers 1 true ${source}:34:66`,
    `https://example.org/about 2 false ${shown('engineering/backend-engineer/index.html')}:4:12`,
  ]);
});
