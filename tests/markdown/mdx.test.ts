import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replaceMdxCode } from '../../src/markdown/mdx.ts';
import { processBody } from '../../src/markdown/process-body.ts';

const PAGE = [
  "import Tabs from '@theme/Tabs';",
  'import {',
  '  TabItem,',
  "} from '@theme/TabItem';",
  '',
  "export const team = 'Platform';",
  '',
  '{/* Reviewed every quarter */}',
  '',
  'You run the platform {/* not the product */} for everyone.',
  '',
  '<Tabs>',
  '',
  '## Responsibilities',
  '',
  '- Keep it up',
  '',
  '</Tabs>',
  '',
  '```js',
  "import x from 'y';",
  '```',
  '',
  'Text that says import is fine.',
  "import after text on the same paragraph's line stays text",
  '',
].join('\n');

test('an MDX body: import and export blocks and comments are blanked to the same length, code fences and other text kept', () => {
  const { text, filled, findings } = replaceMdxCode(PAGE);
  assert.equal(text.length, PAGE.length);
  assert.deepEqual(text.split('\n').map((line, i) => (line === PAGE.split('\n')[i] ? '=' : line.trim() === '' ? '' : line.replace(/\uE002/g, '~'))), [
    // The import block (four lines), a blank line, the export, a blank line, the comment alone on its line.
    '', '', '', '', '=', '', '=', '', '=', 'You run the platform ~~~~~~~~~~~~~~~~~~~~~~~ for everyone.', ...Array<string>(16).fill('='),
  ]);
  assert.equal(filled, true);
  assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`), [
    '1:1 markdown/mdx-code The MDX `import` block is left out of the page: MDX code is never run.',
    '6:1 markdown/mdx-code The MDX `export` block is left out of the page: MDX code is never run.',
  ]);
});

test('a .mdx page renders as Markdown with its code left out; a .md page with the same text keeps it as text', () => {
  const mdx = processBody(PAGE, 'Platform Engineer', 4, { pathInContent: 'engineering/platform.mdx', pathPrefix: '/' });
  assert.equal(mdx.html, [
    '<p>You run the platform for everyone.</p>',
    '<h2 id="responsibilities">Responsibilities</h2>',
    '<ul>\n<li>Keep it up</li>\n</ul>',
    '<pre><code class="language-js">import x from \'y\';\n</code></pre>',
    "<p>Text that says import is fine.\nimport after text on the same paragraph's line stays text</p>",
    '',
  ].join('\n'));
  assert.deepEqual(mdx.findings.map((f) => `${f.line}:${f.column} ${f.rule}`), ['4:1 markdown/mdx-code', '9:1 markdown/mdx-code']);
  assert.deepEqual(mdx.rawHtml, [{ tag: 'tabs', line: 15, column: 1 }]);
  const md = processBody(PAGE, 'Platform Engineer', 4, { pathInContent: 'engineering/platform.md', pathPrefix: '/' });
  assert.match(md.html, /^<p>import Tabs from '@theme\/Tabs';/);
  assert.deepEqual(md.findings, []);
});
