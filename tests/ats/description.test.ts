import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntities, escapeText, sanitizeDescription } from '../../src/ats/description.ts';

describe('sanitizeDescription', () => {
  it('keeps text and structure but drops scripts, styles, handlers and javascript: links', () => {
    assert.equal(
      sanitizeDescription('<h2 style="color:red">Team</h2><p onclick="x()">Hi <a href="javascript:alert(1)">there</a> <a href="https://example.com/">site</a></p><script>alert(1)</script><style>p{}</style><iframe src="https://example.com"></iframe>'),
      '<h4>Team</h4><p>Hi <a>there</a> <a href="https://example.com/">site</a></p>',
    );
  });

  it('starts headings at level 4 and leaves an empty description empty', () => {
    assert.equal(sanitizeDescription('<h1>A</h1><h5>B</h5>'), '<h4>A</h4><h5>B</h5>');
    assert.equal(sanitizeDescription('  '), '');
  });

  it('decodes HTML that was escaped as text, once', () => {
    assert.equal(decodeEntities('&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;'), '<p>Fish &amp; chips</p>');
    assert.equal(escapeText('a < b & "c"'), 'a &#x3C; b &#x26; "c"');
  });
});
