import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentFileLink, contentFileUrl } from '../../src/model/content-links.ts';

const resolve = (target: string, page = 'engineering/backend/index.md'): string => {
  const link = contentFileLink(target, page);
  return link === undefined ? 'none' : `${link.kind} ${link.file} ${JSON.stringify(link.rest)} → ${contentFileUrl(link)}`;
};

test('links to other job pages resolve against the linking file, relative or from the content folder', () => {
  assert.equal(resolve('../frontend.md#levels'), 'page engineering/frontend.md "#levels" → /engineering/frontend/');
  assert.equal(resolve('/sales/account-executive.md'), 'page sales/account-executive.md "" → /sales/account-executive/');
  assert.equal(resolve('../../../../people/recruiter.md?x=1'), 'page people/recruiter.md "?x=1" → /people/recruiter/');
  assert.equal(resolve('https://example.com/readme.md'), 'none');
  assert.equal(resolve('//example.com/readme.md'), 'none');
});

test('relative links to images and documents resolve to the file beside the page, published at its slugged path', () => {
  assert.equal(resolve('org-chart.png'), 'asset engineering/backend/org-chart.png "" → /engineering/backend/org-chart.png');
  assert.equal(resolve('Team%20Photos/Offsite%202024.JPG', 'engineering/backend.md'), 'asset engineering/Team Photos/Offsite 2024.JPG "" → /engineering/team-photos/offsite-2024.jpg');
  assert.equal(resolve('../ladder.pdf#page=2'), 'asset engineering/ladder.pdf "#page=2" → /engineering/ladder.pdf');
  // Root-relative and absolute ones name the site, not the content folder; SVG and code are never published.
  for (const target of ['/images/chart.png', 'https://example.com/a.png', 'diagram.svg', 'script.js', 'page.html', '#top']) assert.equal(resolve(target), 'none', target);
});
