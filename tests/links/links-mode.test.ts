import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { applyLinksMode } from '../../src/links/links-mode.ts';

const LINK: Diagnostic = { file: 'a.md', line: 3, column: 5, severity: 'error', rule: 'link/missing-page', message: 'm', hint: 'h' };
const OTHER: Diagnostic = { file: 'a.md', line: 1, column: 1, severity: 'error', rule: 'front-matter/required', message: 'm', hint: 'h' };

test('--links error keeps link errors, warn turns them into warnings, off drops them; other rules are untouched', () => {
  assert.deepEqual(applyLinksMode([OTHER, LINK], 'error'), [OTHER, LINK]);
  assert.deepEqual(applyLinksMode([OTHER, LINK], 'warn'), [OTHER, { ...LINK, severity: 'warning' }]);
  assert.deepEqual(applyLinksMode([OTHER, LINK], 'off'), [OTHER]);
});
