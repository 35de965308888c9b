import assert from 'node:assert/strict';
import { test } from 'node:test';
import { departmentIdFromUrl, makeDepartment, urlFromContentPath } from '../../src/model/page-url.ts';

test('all three file layouts give the same folder URL', () => {
  assert.equal(urlFromContentPath('engineering/backend-engineer.md'), '/engineering/backend-engineer/');
  assert.equal(urlFromContentPath('engineering/backend-engineer/index.md'), '/engineering/backend-engineer/');
  assert.equal(urlFromContentPath('engineering/backend-engineer/index.html.md'), '/engineering/backend-engineer/');
  assert.equal(urlFromContentPath('careers.markdown'), '/careers/');
  assert.equal(urlFromContentPath('index.md'), '/');
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
