import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processBody } from '../../src/markdown/process-body.ts';

test('emoji shortcodes show as the emoji GitHub and GitLab show; heading ids keep the name, code and unknown names stay as written', () => {
  const { html, sections, firstParagraph } = processBody('We ship :rocket: weekly, at 10:30:00, see `:tada:` and :not_an_emoji:.\n\n## Perks :tada:\n\n```\n:tada:\n```\n', 'X', 1);
  assert.equal(html, '<p>We ship 🚀 weekly, at 10:30:00, see <code>:tada:</code> and :not_an_emoji:.</p>\n<h2 id="perks-tada">Perks 🎉</h2>\n<pre><code>:tada:\n</code></pre>\n');
  assert.deepEqual(sections, [{ depth: 2, title: 'Perks 🎉', id: 'perks-tada', line: 3 }]);
  assert.equal(firstParagraph, 'We ship 🚀 weekly, at 10:30:00, see :tada: and :not_an_emoji:.');
});
