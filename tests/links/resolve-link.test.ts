import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseSitePath, resolveLink, type LinkSite } from '../../src/links/resolve-link.ts';

const ROOT: LinkSite = { origin: 'https://jobs.example.com', path_prefix: '/' };
const PREFIXED: LinkSite = { origin: 'https://jobs.example.com', path_prefix: '/careers/' };
const PAGE = { url: '/a/b/', sourceInContent: 'a/b.md' };

test('relative links resolve against the page URL, as a browser resolves them', () => {
  assert.deepEqual(resolveLink('../c/', PAGE, ROOT), { kind: 'site', path: '/a/c/', fragment: undefined, absolute: 'https://jobs.example.com/a/c/' });
  assert.deepEqual(resolveLink('d/#x', PAGE, ROOT), { kind: 'site', path: '/a/b/d/', fragment: 'x', absolute: 'https://jobs.example.com/a/b/d/' });
  assert.deepEqual(resolveLink('./', PAGE, ROOT), { kind: 'site', path: '/a/b/', fragment: undefined, absolute: 'https://jobs.example.com/a/b/' });
});

test('same-page fragments, decoded; a bare # is the top of the page', () => {
  assert.deepEqual(resolveLink('#senior-engineer', PAGE, ROOT), { kind: 'site', path: '/a/b/', fragment: 'senior-engineer', absolute: 'https://jobs.example.com/a/b/' });
  assert.deepEqual(resolveLink('#caf%C3%A9', PAGE, ROOT), { kind: 'site', path: '/a/b/', fragment: 'café', absolute: 'https://jobs.example.com/a/b/' });
  assert.deepEqual(resolveLink('#', PAGE, ROOT), { kind: 'site', path: '/a/b/', fragment: '', absolute: 'https://jobs.example.com/a/b/' });
});

test('a missing trailing slash, index.html and a query all mean the page itself', () => {
  for (const href of ['/x/y', '/x/y/', '/x/y/index.html', '/x/y/?ref=1']) {
    assert.deepEqual(resolveLink(href, PAGE, ROOT), { kind: 'site', path: '/x/y/', fragment: undefined, absolute: `https://jobs.example.com${href.startsWith('/x/y/?') ? '/x/y/?ref=1' : href}` }, href);
  }
  assert.equal(normaliseSitePath('/roles.json'), '/roles.json');
  assert.equal(normaliseSitePath('/index.html'), '/');
});

test('absolute URLs on the configured origin and under the prefix are site links; elsewhere they are external', () => {
  assert.deepEqual(resolveLink('https://jobs.example.com/careers/a/#top', PAGE, PREFIXED), { kind: 'site', path: '/a/', fragment: 'top', absolute: 'https://jobs.example.com/careers/a/' });
  assert.deepEqual(resolveLink('https://jobs.example.com/careers', PAGE, PREFIXED), { kind: 'site', path: '/', fragment: undefined, absolute: 'https://jobs.example.com/careers' });
  assert.deepEqual(resolveLink('https://jobs.example.com/blog/', PAGE, PREFIXED), { kind: 'external', url: 'https://jobs.example.com/blog/' });
  assert.deepEqual(resolveLink('/handbook/#values', PAGE, PREFIXED), { kind: 'external', url: 'https://jobs.example.com/handbook/' });
  assert.deepEqual(resolveLink('http://jobs.example.com/careers/a/', PAGE, PREFIXED), { kind: 'external', url: 'http://jobs.example.com/careers/a/' });
  assert.deepEqual(resolveLink('//cdn.example.net/x.js', PAGE, PREFIXED), { kind: 'external', url: 'https://cdn.example.net/x.js' });
  assert.deepEqual(resolveLink('HTTPS://Example.org/Path#frag', PAGE, ROOT), { kind: 'external', url: 'https://example.org/Path' });
});

test('with a path prefix, relative links keep it', () => {
  assert.deepEqual(resolveLink('../c/', PAGE, PREFIXED), { kind: 'site', path: '/a/c/', fragment: undefined, absolute: 'https://jobs.example.com/careers/a/c/' });
});

test('.md links resolve against the content file, not the URL', () => {
  assert.deepEqual(resolveLink('c.md#x', PAGE, ROOT), { kind: 'content-file', file: 'a/c.md', fragment: 'x' });
  assert.deepEqual(resolveLink('../d/index.html.md', PAGE, ROOT), { kind: 'content-file', file: 'd/index.html.md', fragment: undefined });
  assert.deepEqual(resolveLink('/e/my%20role.md', PAGE, ROOT), { kind: 'content-file', file: 'e/my role.md', fragment: undefined });
  assert.deepEqual(resolveLink('https://example.org/README.md', PAGE, ROOT), { kind: 'external', url: 'https://example.org/README.md' });
  // Without a content file (a layout link), a .md path is just a path.
  assert.deepEqual(resolveLink('c.md', { url: '/a/b/' }, ROOT), { kind: 'site', path: '/a/b/c.md', fragment: undefined, absolute: 'https://jobs.example.com/a/b/c.md' });
});

test('other schemes are ignored; script schemes are unsafe, even split by a newline', () => {
  assert.deepEqual(resolveLink('mailto:jobs@example.com', PAGE, ROOT), { kind: 'ignored' });
  assert.deepEqual(resolveLink('tel:+15550100', PAGE, ROOT), { kind: 'ignored' });
  assert.deepEqual(resolveLink('ftp://example.org/', PAGE, ROOT), { kind: 'ignored' });
  assert.deepEqual(resolveLink('javascript:alert(1)', PAGE, ROOT), { kind: 'unsafe', scheme: 'javascript' });
  assert.deepEqual(resolveLink(' JavaScript:void(0)', PAGE, ROOT), { kind: 'unsafe', scheme: 'javascript' });
  assert.deepEqual(resolveLink('java\nscript:alert(1)', PAGE, ROOT), { kind: 'unsafe', scheme: 'javascript' });
  assert.deepEqual(resolveLink('data:text/html,hi', PAGE, ROOT), { kind: 'unsafe', scheme: 'data' });
});

test('empty and malformed targets', () => {
  assert.deepEqual(resolveLink('', PAGE, ROOT), { kind: 'empty' });
  assert.deepEqual(resolveLink('   ', PAGE, ROOT), { kind: 'empty' });
  assert.deepEqual(resolveLink('http://[broken/', PAGE, ROOT), { kind: 'malformed', reason: 'it is not a valid URL' });
});

// A pattern that backtracks would take minutes here; the test's timeout only guards against a hang.
test('long or hostile targets resolve without regular-expression backtracking', { timeout: 60_000 }, () => {
  const kinds = [`/${'a'.repeat(20_000)}?`, `/${'ab/'.repeat(10_000)}%`, `#${'a'.repeat(20_000)} `, `${'../'.repeat(5_000)}x`].map((href) => resolveLink(href, PAGE, PREFIXED).kind);
  assert.deepEqual(kinds, ['external', 'external', 'site', 'external']);
});
