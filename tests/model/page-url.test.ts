import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentPathUrl, departmentIdFromUrl, makeDepartment, urlFromContentPath } from '../../src/model/page-url.ts';

test('all three file layouts give the same folder URL', () => {
  assert.equal(urlFromContentPath('engineering/backend-engineer.md'), '/engineering/backend-engineer/');
  assert.equal(urlFromContentPath('engineering/backend-engineer/index.md'), '/engineering/backend-engineer/');
  assert.equal(urlFromContentPath('engineering/backend-engineer/index.html.md'), '/engineering/backend-engineer/');
  assert.equal(urlFromContentPath('careers.markdown'), '/careers/');
  assert.equal(urlFromContentPath('index.md'), '/');
  // Jekyll's and Hugo's other Markdown extensions, and MDX.
  for (const extension of ['mdown', 'mkdown', 'mkdn', 'mkd', 'mdx', 'MD']) assert.equal(urlFromContentPath(`sales/account-executive.${extension}`), '/sales/account-executive/', extension);
  assert.equal(urlFromContentPath('sales/account-executive/_index.mkd'), '/sales/account-executive/');
});

test('the department is the first folder, skipping grouping folders', () => {
  assert.equal(departmentIdFromUrl('/engineering/platform/x/'), 'engineering');
  assert.equal(departmentIdFromUrl('/job-families/marketing/illustrator/'), 'marketing');
  assert.equal(departmentIdFromUrl('/jobs/designer/'), undefined);
  assert.equal(departmentIdFromUrl('/designer/'), undefined);
});

test('departments get display names from settings, front matter or their id', () => {
  assert.deepEqual(makeDepartment('board-of-directors', {}), { id: 'board-of-directors', name: 'Board of Directors' });
  assert.deepEqual(makeDepartment('people', { people: 'People & Culture' }), { id: 'people', name: 'People & Culture' });
  assert.deepEqual(makeDepartment('Customer Success', {}), { id: 'customer-success', name: 'Customer Success' });
  assert.deepEqual(makeDepartment(undefined, {}), { id: 'general', name: 'General' });
});

test('names unsafe in a URL are slugged as the source sites published them: lower case, other characters to one hyphen', () => {
  assert.deepEqual(contentPathUrl('marketing/Senior Director, Strategy.md'), { url: '/marketing/senior-director-strategy/', written: '/marketing/Senior Director, Strategy/' });
  assert.equal(urlFromContentPath('Sales & Marketing/Écrivain--Technique/index.md'), '/sales-marketing/ecrivain-technique/');
  assert.equal(urlFromContentPath('jobs/Director-Federal-Sales/index.md'), '/jobs/director-federal-sales/');
  assert.equal(urlFromContentPath('x/C++ (Senior).md'), '/x/c-senior/');
  assert.equal(urlFromContentPath('Jobs/_index.md'), '/jobs/');
});

test('safe names are kept as written, and names that leave nothing are kept for the URL check to refuse', () => {
  assert.deepEqual(contentPathUrl('ce/roles/customer_engineer.md'), { url: '/ce/roles/customer_engineer/', written: '/ce/roles/customer_engineer/' });
  assert.equal(urlFromContentPath('x/v1.2~beta.md'), '/x/v1.2~beta/');
  assert.equal(urlFromContentPath('x/&.md'), '/x/&/');
  assert.equal(urlFromContentPath('x/../y.md'), '/x/../y/');
});

test('a link written to a content file agrees with the URL the file is published at', () => {
  assert.equal(urlFromContentPath(decodeURIComponent('marketing/Senior%20Director,%20Strategy.md')), urlFromContentPath('marketing/Senior Director, Strategy.md'));
});
