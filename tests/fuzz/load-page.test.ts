import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadPage, type LoadedPage } from '../../src/content/load-page.ts';
import { unsafeUrlPathReason } from '../../src/model/url-path.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';
import { checkMarkup } from '../hostile/markup-check.ts';

// Property-based tests: random front matter and Markdown, well-formed and not, never make loadPage
// throw; every diagnostic points inside the file; every page that loads renders well-formed HTML with
// nothing that runs. `npm test` runs a short, fixed-seed pass; `npm run fuzz` runs 20 000 random cases,
// `npm run fuzz -- --runs 150000` (or FUZZ_RUNS, and FUZZ_SEED or `--seed` to replay a failure) go further.
const RUNS_ASKED = argument('--runs') ?? process.env['FUZZ_RUNS'];
const SEED_ASKED = argument('--seed') ?? process.env['FUZZ_SEED'];
const RUNS = Number(RUNS_ASKED ?? 150);
const SEED = SEED_ASKED === undefined ? (RUNS_ASKED === undefined ? 7 : undefined) : Number(SEED_ASKED);
const OPTIONS = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };
const FILE = 'content/fuzz/page.md';

/** The value given after the last `name` on the command line (`npm run fuzz -- --runs 150000` runs this file directly). */
function argument(name: string): string | undefined {
  const index = process.argv.lastIndexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** Pieces of Markdown and markup that interact: containers, emphasis, links, raw HTML, template syntax. */
const MARKDOWN_PIECES = [
  '\n', '\n\n', ' ', '  ', '\t', '# ', '## ', '> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '    ', '```', '~~~', '`', '***', '---', '___',
  '*', '_', '**', '__', '~', '~~', '[', ']', '(', ')', '![', '](', '[x]: ', '<', '>', '&', '&amp;', '&#x3C;', '&#0;', '|', '|-|', '\\',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', '</div>', '<!--', '-->', '<br>',
  'javascript:alert(1)', 'data:text/html,x', 'https://example.com/', 'www.example.com', 'a@b.co', '{{ x }}', '{% x %}', '${x}',
  'word', 'Level', 'Requirements', 'Job Grade', '### Senior', 'é', '👩‍💻', '\u00A0', '\u2028', '\uFEFF', '\r\n', '\r', '\u0000', '\u001B',
];
const markdown = fc.array(fc.oneof(fc.constantFrom(...MARKDOWN_PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));

/** Values YAML may hold, including ones the schema rejects. */
const scalar = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...MARKDOWN_PIECES), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }));
const KEYS = ['title', 'summary', 'description', 'layout', 'department', 'canonical_path', 'redirect_from', 'levels', 'openings', 'extra_js'];
const frontMatterData = fc.record({
  known: fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }),
  title: fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('</script><script>alert(1)</script>', '{{ 7*7 }}', ' spaced ', '')), { nil: undefined }),
  paths: fc.option(fc.constantFrom('/ok/', '/../x/', '/%2e%2e/', 'C:\\x', '//host/', '/a\\b/', '/a b/', 'javascript:x', '/'), { nil: undefined }),
  levels: fc.option(fc.array(fc.record({ title: fc.string({ maxLength: 12 }), grade: fc.oneof(fc.integer({ min: -3, max: 20 }), fc.constant(null)) }), { maxLength: 3 }), { nil: undefined }),
});
const yamlText = frontMatterData.map(({ known, title, paths, levels }) => {
  const data: Record<string, unknown> = { ...known };
  if (title !== undefined) data['title'] = title;
  if (paths !== undefined) data['canonical_path'] = paths;
  if (levels !== undefined) data['levels'] = levels;
  return stringify(data);
});
/** Text that looks like YAML but is often broken: indentation, flow brackets, anchors, tags, quotes. */
const YAML_PIECES = ['\n', '  ', ': ', '- ', '[', ']', '{', '}', ',', '&a ', '*a', '!!str ', '!x ', '"', "'", '#', '|', '>', '? ', '---', '...', 'title', 'x', '\t'];
const brokenYaml = fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((parts) => parts.join(''));
const opening = fc.constantFrom('---', '---', '---', '--- ', '---yaml', '---js', '');

const page = fc.tuple(opening, fc.oneof(yamlText, brokenYaml), fc.constantFrom('---', '---', '...', ''), markdown)
  .map(([open, yaml, close, body]) => `${open}\n${yaml}${yaml.endsWith('\n') ? '' : '\n'}${close}\n${body}`);

function load(bytes: Uint8Array): LoadedPage {
  return loadPage({ bytes, file: FILE, pathInContent: 'fuzz/page.md' }, { settings: DEFAULT_SETTINGS, today: '2026-01-01' });
}

/** The lines as an editor shows them: decoded (bad bytes as U+FFFD), without a byte-order mark, any line ending. */
function editorLines(bytes: Uint8Array): string[] {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes).split(/\r\n?|\n/);
}

function checkPage(bytes: Uint8Array): void {
  const loaded = load(bytes);
  const lines = editorLines(bytes);
  for (const d of loaded.diagnostics) {
    const where = `${d.rule} at ${d.line}:${d.column}`;
    assert.equal(d.file, FILE);
    assert.ok(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.length, `${where}: line outside 1..${lines.length}`);
    assert.ok(Number.isInteger(d.column) && d.column >= 1 && d.column <= (lines[d.line - 1] ?? '').length + 1, `${where}: column past the end of the line`);
  }
  if (!loaded.role) assert.ok(loaded.diagnostics.some((d) => d.severity === 'error'), 'a page that does not load says why');
  if (loaded.unpublished) assert.equal(loaded.role, undefined, 'a page is either published or not');
  // A page that is not published is still read, so its links can be checked: it must be as safe.
  const role = loaded.role ?? loaded.unpublished;
  if (!role) return;
  const markup = checkMarkup(role.html);
  assert.deepEqual(markup.problems, [], role.html);
  for (const tag of markup.tags) {
    assert.notEqual(tag.name, 'script');
    for (const [name, value] of tag.attributes) {
      assert.ok(!name.startsWith('on'), `event handler ${name}`);
      assert.doesNotMatch(value.replace(/[\u0000-\u0020]/g, ''), /^(javascript|vbscript|data):/i);
    }
  }
  if (loaded.role) for (const url of [role.url, ...role.redirectFrom]) assert.ok(url === '/' ? role.url === '/' : unsafeUrlPathReason(url) === undefined, url);
  assert.deepEqual(load(bytes), loaded, 'loading is deterministic');
}

test('checker sanity: the markup checker finds what it must', () => {
  assert.deepEqual(checkMarkup('<p>a <em>b</em> &amp; &#x3C;</p>\n<img src="x" alt="y">').problems, []);
  assert.equal(checkMarkup('<p><em>a</p></em>').problems.length, 2);
  assert.equal(checkMarkup('<p>a < b</p>').problems.length, 1);
  assert.equal(checkMarkup('<img src=x onerror=alert(1)>').problems.length, 1);
  assert.equal(checkMarkup('a & b').problems.length, 1);
});

test('fuzz: random pages never throw, point inside the file and render well-formed, inert HTML', () => {
  fc.assert(fc.property(page, (text) => checkPage(new TextEncoder().encode(text))), OPTIONS);
});

test('regression: errors after a block scalar that swallows a line are on the line they are on', () => {
  // yaml's own line counter misses the line break after `|` here and put the last error at 2:7 (line 2 has 4 characters).
  const loaded = load(new TextEncoder().encode('---\n*a{|\n!{\n---\n'));
  assert.deepEqual(loaded.diagnostics.filter((d) => d.rule === 'front-matter/syntax').map((d) => `${d.line}:${d.column}`), ['2:3', '2:4', '3:2']);
  checkPage(new TextEncoder().encode('---\n*a{|\n!{\n---\n'));
});

test('fuzz: quoted values continued on unindented lines, and pages without front matter', () => {
  const line = fc.oneof(fc.constantFrom('"', "'", '\\"', "''", ': ', '- ', '# ', '  ', 'x', '#', '{', '[', '**', '{: #id}', '<b>'), fc.string({ maxLength: 5 }));
  const text = fc.array(line, { maxLength: 12 }).map((parts) => parts.join(''));
  const quoted = fc.tuple(fc.constantFrom('title', 'summary', 'x'), fc.constantFrom('"', "'"), fc.array(text, { minLength: 1, maxLength: 4 }))
    .map(([key, quote, lines]) => `${key}: ${quote}${lines.join('\n')}${quote}`);
  const frontMatter = fc.array(fc.oneof(quoted, text), { maxLength: 4 }).map((lines) => `---\n${lines.join('\n')}\n---\n`);
  const headed = fc.tuple(fc.constantFrom('', '\n', '\n\n'), fc.constantFrom('# ', '### ', '###### ', '#'), text).map(([blank, marks, title]) => `${blank}${marks}${title}\n`);
  const page = fc.tuple(fc.oneof(frontMatter, headed, fc.constant('')), markdown).map(([head, body]) => `${head}${body}`);
  fc.assert(fc.property(page, (text) => checkPage(new TextEncoder().encode(text))), OPTIONS);
});

test('fuzz: random Markdown bodies under valid front matter', () => {
  fc.assert(fc.property(markdown, (body) => checkPage(new TextEncoder().encode(`---\ntitle: Fuzz\n---\n${body}`))), OPTIONS);
});

test('fuzz: random bytes, including invalid UTF-8', () => {
  const bytes = fc.tuple(fc.constantFrom('', '---\ntitle: Bytes\n---\n', '\uFEFF---\r\ntitle: Bytes\r\n---\r\n'), fc.uint8Array({ maxLength: 200 }))
    .map(([prefix, tail]) => new Uint8Array([...new TextEncoder().encode(prefix), ...tail]));
  fc.assert(fc.property(bytes, checkPage), OPTIONS);
});
