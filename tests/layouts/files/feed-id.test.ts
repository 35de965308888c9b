import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atomId, nameBasedUuid } from '../../../layouts/files/feed-id.ts';
import { siteUrls } from '../../../src/model/site-urls.ts';

test('name-based UUIDs are RFC 4122 version 5 in the URL namespace (values from Python\'s uuid.uuid5)', () => {
  assert.equal(nameBasedUuid('https://www.python.org'), '30709ed8-a35e-547c-8ef0-c6bf5e229681');
  assert.equal(nameBasedUuid('careers:Northwind:/careers/feed.xml'), 'd6f1f1a9-d5f7-558f-9bf9-04bf8078431c');
});

test('an Atom id is the absolute URL on a site with an origin, else a UUID URN of the site and the path', () => {
  assert.equal(atomId(siteUrls({ origin: 'https://jobs.example.com', path_prefix: '/careers/' }), 'Northwind', '/feed.xml'), 'https://jobs.example.com/careers/feed.xml');
  const relative = siteUrls({ origin: undefined, path_prefix: '/careers/' });
  assert.equal(atomId(relative, 'Northwind', '/feed.xml'), 'urn:uuid:d6f1f1a9-d5f7-558f-9bf9-04bf8078431c');
  assert.notEqual(atomId(relative, 'Northwind', '/engineering/x/'), atomId(relative, 'Northwind', '/engineering/y/'));
  assert.notEqual(atomId(relative, 'Northwind', '/feed.xml'), atomId(relative, 'Contoso', '/feed.xml'));
});
