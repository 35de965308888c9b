import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestMatch, lastSegment, suggestPage } from '../../src/diagnostics/suggest.ts';

test('closestMatch prefers a case-only difference, then the fewest edits within a third of the text', () => {
  assert.equal(closestMatch('Senior-Engineer', ['senior-engineer', 'senior-engineers']), 'senior-engineer');
  assert.equal(closestMatch('staf-backend-engineer', ['senior-backend-engineer', 'staff-backend-engineer']), 'staff-backend-engineer');
  assert.equal(closestMatch('hiring', ['responsibilities', 'requirements']), undefined);
  assert.equal(closestMatch('ab', ['xy']), 'xy'); // two edits are always allowed
  assert.equal(closestMatch('abc', ['xyz']), undefined);
});

test('suggestPage: the same name in another folder first, then a near name, preferring the same folder', () => {
  const pages = ['/engineering/backend-engineer/', '/people/recruiter/', '/sales/recruiter-lead/', '/engineering/recruiter-lead/'];
  assert.equal(suggestPage('/engineering/recruiter/', pages), '/people/recruiter/');
  assert.equal(suggestPage('/engineering/backend-enginer/', pages), '/engineering/backend-engineer/');
  assert.equal(suggestPage('/engineering/recruiter-leed/', pages), '/engineering/recruiter-lead/');
  assert.equal(suggestPage('/engineering/edge-lead/', pages), undefined);
  assert.equal(lastSegment('/a/b-c/'), 'b-c');
  assert.equal(lastSegment('/'), '');
});
