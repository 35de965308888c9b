import assert from 'node:assert/strict';
import { test } from 'node:test';
import { html, jsonForScript, trusted } from '../../layouts/html.ts';

test('interpolations are escaped unless marked safe', () => {
  const title = '<script>alert("x")</script> & \'co\'';
  assert.equal(html`<h1 title="${title}">${title}</h1>`.value, '<h1 title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</h1>');
  assert.equal(html`<div>${trusted('<p>ok</p>')}</div>`.value, '<div><p>ok</p></div>');
});

test('nested templates and arrays are not escaped twice; empty values render nothing', () => {
  const items = ['a&b', 'c'];
  assert.equal(html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`.value, '<ul><li>a&amp;b</li><li>c</li></ul>');
  assert.equal(html`${null}${undefined}${false}${0}`.value, '0');
});

test('JSON for a script block cannot close the block', () => {
  assert.equal(jsonForScript({ name: '</script><script>x()</script>&' }).value, '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ex()\\u003c/script\\u003e\\u0026"}');
});
