import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLoadedPage } from '../../src/build/cached-page-shape.ts';

const role = {
  source: 'content/a.md', sourceInContent: 'a.md', url: '/a/', title: 'A', titleAt: { line: 2, column: 8 }, summary: '',
  department: { id: 'x', name: 'X' }, levels: [], specialties: [], responsibilities: [], requirements: [], performanceIndicators: [],
  hiringProcess: [], sections: [], links: [], redirectFrom: [], openings: [], html: '', text: '',
};
const finding = { file: 'a.md', line: 1, column: 1, severity: 'warning', rule: 'x', message: 'm', hint: 'h' };

test('a page without a role, or with a role of every field, has the shape of a loaded page', () => {
  assert.equal(isLoadedPage({ role: undefined, diagnostics: [finding] }), true);
  assert.equal(isLoadedPage({ role, diagnostics: [] }), true);
  assert.equal(isLoadedPage({ role: { ...role, anchors: ['x'], atsTitles: [] }, diagnostics: [] }), true);
});

test('anything else does not', () => {
  for (const value of [
    null, 'text', [], { role: undefined }, { role: undefined, diagnostics: {} },
    { role: undefined, diagnostics: [{ ...finding, line: '1' }] },
    { role: { ...role, sections: undefined }, diagnostics: [] },
    { role: { ...role, html: ['<script>'] }, diagnostics: [] },
    { role: { ...role, anchors: 'x' }, diagnostics: [] },
    { role: [], diagnostics: [] },
  ]) assert.equal(isLoadedPage(value), false, JSON.stringify(value));
});
