import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseDocument } from 'yaml';
import type { CliResult } from '../helpers/run-cli.ts';
import { listFiles } from '../helpers/files.ts';
import { HOSTILE, makeWorkDir, MARKER_FILES, runCliFrom, treeDigest } from './hostile-fixtures.ts';
import { checkMarkup, decode, type MarkupTag } from './markup-check.ts';

// Hostile but valid pages build; the built site must carry their text escaped in every output
// (HTML text and attributes, JSON-LD, feeds, the sitemap, JSON) and nothing from them that runs.
const work = makeWorkDir('hostile-build');
const site = join(work, 'site');
let build: CliResult;
let before_: { content: Map<string, string>; work: Map<string, string> };

interface PageData {
  title: string;
  summary: string;
  department: string;
  levels: { title: string }[];
  openings: { title: string; locations: string[]; apply_url: string }[];
}
const frontMatter = (file: string): PageData =>
  parseDocument(readFileSync(join(HOSTILE, 'buildable', file), 'utf8').split(/^---$/m)[1] ?? '').toJS() as PageData;
const script = frontMatter('engineering/script-engineer.md');
const template = frontMatter('jobs/template-engineer.md');

/** Everything outside the output folder (a link, and the folder it names), except the page cache the build keeps by design. */
const outsideSite = (): Map<string, string> => new Map([...treeDigest(work)].filter(([path]) => !/^\.\/(site|\.site\.site-[0-9a-f]{12}|\.careers-cache)(\/|$)/.test(path)));

before(async () => {
  for (const marker of MARKER_FILES) rmSync(marker, { force: true });
  cpSync(join(HOSTILE, 'buildable'), join(work, 'content'), { recursive: true });
  cpSync(join(HOSTILE, 'careers.config.yaml'), join(work, 'careers.config.yaml'));
  before_ = { content: treeDigest(join(work, 'content')), work: outsideSite() };
  // `javascript:` links are errors by default; as warnings the build goes on and the sanitiser is tested.
  build = await runCliFrom(work, ['build', '--content', 'content', '--out', 'site', '--links', 'warn']);
});
after(() => rmSync(work, { recursive: true, force: true }));

const read = (path: string): string => readFileSync(join(site, path), 'utf8');
const files = (extension: string): string[] => listFiles(site).filter((f) => f.endsWith(extension));
const text = (html: string, tag: string): string => decode(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html)?.[1] ?? '');
const attribute = (tags: readonly MarkupTag[], name: string, key: string, value: string, wanted: string): string | undefined =>
  tags.find((t) => t.name === name && t.attributes.get(key) === value)?.attributes.get(wanted);

test('the hostile pages build', () => {
  assert.equal(build.code, 0, build.stderr);
  assert.match(build.stderr, /\nBuilt 2 roles into site\/ in [\d.]+ s\.\n$/);
});

test('the build changes nothing outside the output folder and runs no code from content', () => {
  assert.deepEqual(treeDigest(join(work, 'content')), before_.content, 'the content folder is byte for byte the same');
  assert.deepEqual(outsideSite(), before_.work, 'nothing beside the output folder changed');
  for (const marker of MARKER_FILES) assert.equal(existsSync(marker), false, marker);
});

test('every HTML page, the feed and the sitemap are well-formed', () => {
  const checked = [...files('.html'), ...files('.xml')];
  assert.ok(checked.includes('sitemap.xml') && checked.includes('feed.xml'), `sitemap and feed are built: ${checked.join(', ')}`);
  for (const file of checked) assert.deepEqual(checkMarkup(read(file), file.endsWith('.xml') ? 'xml' : 'html').problems, [], file);
});

test('no script, event handler, frame or javascript:/data: URL from content reaches any page', () => {
  for (const file of files('.html')) {
    // The one style element the layouts write: the index hides its filter form when scripts are off.
    const html = read(file).replace('<noscript><style>#role-filters { display: none; }</style></noscript>', '');
    assert.doesNotMatch(html, /alert\('raw/, `${file}: raw HTML is dropped, not escaped into view`);
    for (const tag of checkMarkup(html).tags) {
      const where = `${file}: <${tag.name}>`;
      assert.ok(!['iframe', 'object', 'embed', 'frame', 'base', 'style'].includes(tag.name), where);
      if (tag.name === 'script') assert.ok(tag.attributes.get('type') === 'application/ld+json' || tag.attributes.get('src')?.startsWith('/assets/'), `${where} is JSON-LD or our own asset`);
      for (const [name, value] of tag.attributes) {
        assert.ok(!name.startsWith('on'), `${where} has an event handler ${name}`);
        // Browsers ignore white space and control characters inside a scheme: strip them as they do.
        const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'content'].includes(name)) {
          assert.doesNotMatch(url, /^(javascript|vbscript|data):|url=(javascript|vbscript|data):/, `${where} ${name}="${value}"`);
        }
      }
    }
  }
});

test('titles and descriptions are escaped in HTML text and attributes, exactly as written', () => {
  const html = read('engineering/script-engineer/index.html');
  const { tags } = checkMarkup(html);
  assert.equal(text(html, 'h1'), script.title);
  assert.equal(text(html, 'title'), `${script.title} · Hostile </title><script>alert('settings')</script>`);
  assert.equal(attribute(tags, 'meta', 'name', 'description', 'content'), script.summary);
  assert.equal(attribute(tags, 'meta', 'property', 'og:title', 'content'), script.title);
  assert.ok(html.includes('>&lt;b onmouseover=alert(&#39;department&#39;)&gt;R&amp;D&lt;/b&gt;</a>'), 'the department name is escaped text');
  assert.ok(html.includes('>&lt;svg onload=alert(&#39;level&#39;)&gt;Junior<'), 'a level title is escaped text');
  assert.ok(html.includes('href="https://jobs.example.com/apply?id=1&amp;next=&lt;/script&gt;&lt;script&gt;alert(&#39;apply&#39;)&lt;/script&gt;"'), 'the apply URL is escaped in its attribute');
  const index = read('index.html');
  assert.ok(decode(index).includes(script.title) && !index.includes(script.title), 'the index shows the title escaped');
});

test('JSON-LD carries the hostile text as data: "</script>" cannot end the block', () => {
  const { scripts } = checkMarkup(read('engineering/script-engineer/index.html'));
  assert.ok(scripts.length >= 1, 'the role page has JSON-LD');
  const blocks = scripts.map((s) => JSON.parse(s) as Record<string, unknown>);
  const values = JSON.stringify(blocks);
  for (const wanted of [script.title, script.summary, script.openings[0]?.title, ...(script.openings[0]?.locations ?? [])]) {
    assert.ok(wanted !== undefined && values.includes(JSON.stringify(wanted).slice(1, -1)), `JSON-LD holds ${wanted}`);
  }
  for (const s of scripts) assert.doesNotMatch(s, /<\/?script|<!--/i);
});

test('the Atom feed and the sitemap escape content', () => {
  const feed = read('feed.xml');
  assert.equal(decode(/<entry>\n<title>([^<]*)<\/title>/.exec(feed)?.[1] ?? ''), script.openings[0]?.title);
  assert.ok(decode(feed).includes(script.summary) && !feed.includes(script.summary), 'the summary is escaped in the feed');
  assert.ok(feed.includes(`label="${script.department.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;')}"`));
  const sitemap = read('sitemap.xml');
  assert.deepEqual([...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]).filter((url) => url?.includes('engineer')), [
    'https://careers.example.com/engineering/script-engineer/',
    'https://careers.example.com/jobs/template-engineer/',
  ]);
});

test('JSON outputs parse and hold the text as written', () => {
  for (const file of files('.json')) {
    const data = read(file);
    assert.doesNotThrow(() => JSON.parse(data), file);
  }
  assert.ok(read('roles.json').includes(JSON.stringify(script.title).slice(1, -1)), 'roles.json holds the title');
  assert.ok(read('feed.json').includes(JSON.stringify(script.openings[0]?.title).slice(1, -1)), 'feed.json holds the opening title');
});

test('template syntax is never evaluated: titles keep it as text, Liquid in the body is left out with a warning, code keeps it as written', () => {
  const html = read('jobs/template-engineer/index.html');
  assert.equal(text(html, 'h1'), template.title);
  assert.equal(template.title, '{{ site.secret }} {% raw %}Template{% endraw %} ${process.env.HOME} Engineer');
  const body = decode(html);
  const literals = ['JavaScript ${process.exit(1)} and EJS <%= process.env %>.', '{% for x in site.pages %}{{ x.content }}{% endfor %}', template.summary];
  for (const literal of literals) {
    assert.ok(body.includes(literal), `"${literal}" is in the page as written`);
  }
  for (const tag of ['{{ heading }}', '{% heading %}', '{{ site.pages | size }}', '{%- set x = 1 -%}']) assert.ok(!body.includes(tag), `${tag} is left out of the body`);
  assert.deepEqual(build.stderr.match(/^content\/jobs\/template-engineer\.md:\d+:\d+ warning markdown\/template-tag .*$/gm)?.map((line) => line.split(' ')[0]), [
    'content/jobs/template-engineer.md:6:4',
    'content/jobs/template-engineer.md:6:22',
    'content/jobs/template-engineer.md:8:8',
    'content/jobs/template-engineer.md:8:42',
  ]);
  assert.ok(!body.includes(process.env['HOME'] ?? '\u0000'), 'no environment variable was substituted');
});
