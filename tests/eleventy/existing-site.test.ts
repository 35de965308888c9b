import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/paths.ts';

// Someone's own Eleventy site (its own home and 404 pages), with a plain JavaScript config file that
// adds the plugin under /careers/. Eleventy runs in this process, from the repository's node_modules.
const work = mkdtempSync(join(tmpdir(), 'careers-host-'));
const input = join(work, 'src');
const output = join(work, '_site');
after(() => rmSync(work, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(work, path, '..'), { recursive: true });
  writeFileSync(join(work, path), text);
}

before(async () => {
  write('src/index.md', '# Kestrel Ground Systems\n\nWe build antennas.\n');
  write('src/404.md', '---\npermalink: 404.html\n---\n# Lost in orbit\n');
  write('jobs/engineering/rf-engineer.md', '---\ntitle: "RF Engineer"\nsummary: "Tune the dishes."\n---\n\n## Responsibilities\n\n- Keep the link budget healthy.\n\n## Requirements\n\n- Radio experience.\n');
  write('jobs/operations/pass-planner.md', '---\ntitle: "Pass Planner"\nsummary: "Plan every pass."\n---\n\n## Responsibilities\n\n- Plan the week of passes.\n\n## Requirements\n\n- Care with times.\n\nSee the [RF Engineer](../engineering/rf-engineer.md).\n');
  write('eleventy.config.mjs', [
    `import careers from ${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'src/eleventy/plugin.ts')).href)};`,
    'export default function (eleventyConfig) {',
    `  eleventyConfig.addPlugin(careers, { content: ${JSON.stringify(join(work, 'jobs'))}, pathPrefix: "/careers/" });`,
    '}',
    '',
  ].join('\n'));
  const Eleventy = (await import('@11ty/eleventy')).default;
  const eleventy = new Eleventy(input, output, { configPath: join(work, 'eleventy.config.mjs'), quietMode: true });
  await eleventy.write();
});

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/')).sort();
}
const read = (file: string): string => readFileSync(join(output, file), 'utf8');

test('the host keeps its own home and 404 pages; the careers pages, feeds and roles.json are written under /careers/', () => {
  const written = files(output);
  assert.ok(read('index.html').includes('<h1>Kestrel Ground Systems</h1>'));
  assert.ok(read('404.html').includes('Lost in orbit'));
  assert.deepEqual(written.filter((file) => !file.startsWith('careers/')), ['404.html', 'index.html']);
  for (const file of ['careers/index.html', 'careers/404.html', 'careers/engineering/rf-engineer/index.html', 'careers/operations/pass-planner/index.html', 'careers/departments/engineering/index.html', 'careers/feed.xml', 'careers/feed.json', 'careers/roles.json', 'careers/assets/site.css', 'careers/search-index.json']) {
    assert.ok(written.includes(file), file);
  }
  assert.ok(!written.includes('careers/sitemap.xml') && !written.includes('careers/robots.txt'), 'no sitemap or robots.txt unless asked');
});

test('the careers pages link under the prefix', () => {
  const role = read('careers/operations/pass-planner/index.html');
  assert.ok(role.includes('<link rel="stylesheet" href="/careers/assets/site.css">'));
  assert.ok(role.includes('<a href="/careers/engineering/rf-engineer/">RF Engineer</a>'), 'a link to a content file becomes the page under the prefix');
  assert.ok(read('careers/index.html').includes('<a class="site-name" href="/careers/">'));
});
