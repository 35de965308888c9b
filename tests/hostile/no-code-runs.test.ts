import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import matter from 'gray-matter';
import { loadPage } from '../../src/content/load-page.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import { HOSTILE, MARKER_FILES } from './hostile-fixtures.ts';

const load = (path: string) => loadPage({ bytes: readFileSync(join(HOSTILE, 'content', path)), file: path, pathInContent: path }, { settings: DEFAULT_SETTINGS, today: '2026-01-01' });

test('the ---js fixture is armed: gray-matter with its defaults runs it and writes the marker', () => {
  const marker = join(tmpdir(), `careers-hostile-armed-${process.pid}`);
  const text = readFileSync(join(HOSTILE, 'content/code/js-front-matter.md'), 'utf8').replace('careers-hostile-marker-js', `careers-hostile-armed-${process.pid}`);
  try {
    assert.equal(matter(text, {}).data['title'], 'Pwned');
    assert.equal(readFileSync(marker, 'utf8'), 'front matter ran');
  } finally {
    rmSync(marker, { force: true });
  }
});

test('loading the code fixtures runs none of them', () => {
  const names = ['js-front-matter', 'javascript-front-matter', 'coffee-front-matter', 'yaml-js-function', 'yaml-js-regexp', 'yaml-python-object', 'yaml-local-tag', 'yaml-binary'];
  const found = Object.fromEntries(names.map((name) => {
    const page = load(`code/${name}.md`);
    return [name, [page.role === undefined, ...page.diagnostics.filter((d) => !d.rule.startsWith('content/')).map((d) => `${d.line}:${d.column} ${d.rule}`)]];
  }));
  assert.deepEqual(found, {
    'js-front-matter': [true, '1:4 front-matter/language'],
    'javascript-front-matter': [true, '1:4 front-matter/language'],
    'coffee-front-matter': [true, '1:4 front-matter/language'],
    'yaml-js-function': [true, '3:10 front-matter/tag'],
    'yaml-js-regexp': [true, '2:8 front-matter/tag'],
    'yaml-python-object': [true, '4:12 front-matter/tag'],
    'yaml-local-tag': [true, '3:19 front-matter/tag'],
    'yaml-binary': [true, '2:8 front-matter/tag'],
  });
  for (const marker of MARKER_FILES) assert.equal(existsSync(marker), false, marker);
});

test('keys named __proto__ and constructor are reported and pollute nothing', () => {
  const page = load('yaml/prototype-keys.md');
  // The content rules (required sections and the like) also run in the loader; this test is about the keys.
  assert.deepEqual(page.diagnostics.filter((d) => !d.rule.startsWith('content/')).map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`), [
    '3:1 front-matter/unknown-key Unknown key `__proto__`; it is ignored.',
    '5:1 front-matter/unknown-key Unknown key `constructor`; it is ignored.',
  ]);
  assert.equal(page.role?.title, 'Prototype Engineer');
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
});
