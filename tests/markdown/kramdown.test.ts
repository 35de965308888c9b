import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processBody } from '../../src/markdown/process-body.ts';

test('Kramdown markers never reach the page as text', () => {
  const { html, sections } = processBody('* TOC\n{:toc}\n\n## Intro {#start}\n\nText\n{: .lead}\n\n{::options parse_block_html="true" /}\n\n## Intro\n', 'X', 1);
  assert.equal(html, '<h2 id="start">Intro</h2>\n<p>Text</p>\n<h2 id="intro">Intro</h2>\n');
  assert.deepEqual(sections.map((s) => s.id), ['start', 'intro']);
});

test("GitLab's [[_TOC_]] and Python-Markdown's [TOC] are dropped when alone in a paragraph, kept as text elsewhere", () => {
  const { html } = processBody('[[_TOC_]]\n\n[TOC]\n\n## Intro\n\nSee the [TOC] below.\n', 'X', 1);
  assert.equal(html, '<h2 id="intro">Intro</h2>\n<p>See the [TOC] below.</p>\n');
});

test('a paragraph emptied by markers (and line breaks) is dropped; one holding only an image without alt text is kept, and its link checked', () => {
  const { html, links } = processBody('{: .lead}<br>\n\n![](https://example.com/chart.png)\n', 'X', 1);
  assert.equal(html, '<p><img src="https://example.com/chart.png" alt=""></p>\n');
  assert.deepEqual(links, [{ url: 'https://example.com/chart.png', line: 3, column: 1 }]);
});

test('heading ids are GitHub-style slugs, de-duplicated within a page', () => {
  const { sections } = processBody('## Senior Manager, Support\n\n## **Requirements**\n\n## Requirements\n', 'X', 10);
  assert.deepEqual(sections, [
    { depth: 2, title: 'Senior Manager, Support', id: 'senior-manager-support', line: 10 },
    { depth: 2, title: 'Requirements', id: 'requirements', line: 12 },
    { depth: 2, title: 'Requirements', id: 'requirements-1', line: 14 },
  ]);
});

test('links are collected with their file positions', () => {
  const { links } = processBody('Intro\n\nSee [a](/a/) and [b][ref].\n\n[ref]: https://example.com/b\n', 'X', 5);
  assert.deepEqual(links, [{ url: '/a/', line: 7, column: 5 }, { url: 'https://example.com/b', line: 9, column: 1 }]);
});

test('body headings never take an id the page layout uses', () => {
  assert.deepEqual(processBody('## Main\n\n## Levels\n', 'X', 1).sections.map((s) => s.id), ['main-1', 'levels']);
});

test('links to content files are published as links to their pages, with the path prefix', () => {
  const { html, links } = processBody('[a](../sales/account-executive.md#levels) [b](team/index.html.md) [c](https://x.example/y.md) [d](/handbook/)', 'X', 1, { pathInContent: 'engineering/backend-engineer.md', pathPrefix: '/careers/' });
  assert.equal(html, '<p><a href="/careers/sales/account-executive/#levels">a</a> <a href="/careers/engineering/team/">b</a> <a href="https://x.example/y.md">c</a> <a href="/handbook/">d</a></p>\n');
  assert.deepEqual(links.map((l) => l.url), ['../sales/account-executive.md#levels', 'team/index.html.md', 'https://x.example/y.md', '/handbook/']);
});
