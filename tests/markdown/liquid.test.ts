import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPage } from '../../src/content/load-page.ts';
import { formatText } from '../../src/diagnostics/format.ts';
import { mayHaveLiquid, replaceLiquid } from '../../src/markdown/liquid.ts';
import { processBody } from '../../src/markdown/process-body.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings-schema.ts';

/** The prepass, with filler shown as `·` and the path-prefix stand-in as `§`, and its findings as `line:column problem tag`. */
function prepass(body: string): { text: string; findings: string[] } {
  const { text, findings } = replaceLiquid(body);
  assert.equal(text.length, body.length);
  return { text: text.replace(/\uE002/g, '·').replace(/\uE003/g, '§'), findings: findings.map((f) => `${f.line}:${f.column} ${f.problem} ${f.tag}`) };
}

/** The body rendered as it is on a page, the body starting on file line 5 (after a 3-line front matter and a blank line). */
function render(body: string, pathPrefix = '/'): { html: string; findings: string[] } {
  const { html, findings } = processBody(body, 'Role', 5, { pathInContent: 'engineering/x.md', pathPrefix });
  return { html, findings: findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`) };
}

test('an include is left out, blank where it stood alone, with a warning saying the file is not included', () => {
  // Most bodies hold neither `{%` nor `{{` and skip the pass.
  assert.equal(mayHaveLiquid('A body with {braces} and 100% pay.'), false);
  const body = 'Intro.\n\n{% include hiring.md %}\n\nWe {% include_relative perks.md %} pay well.\n';
  assert.equal(mayHaveLiquid(body), true);
  assert.deepEqual(prepass(body), {
    text: `Intro.\n\n${' '.repeat(23)}\n\nWe ${'·'.repeat(31)} pay well.\n`,
    findings: ['3:1 include {% include hiring.md %}', '5:4 include {% include_relative perks.md %}'],
  });
  assert.deepEqual(render(body), {
    html: '<p>Intro.</p>\n<p>We pay well.</p>\n',
    findings: [
      '7:1 markdown/template-tag The Liquid tag `{% include hiring.md %}` is left out of the page: templates are not run, so `hiring.md` is not included.',
      '9:4 markdown/template-tag The Liquid tag `{% include_relative perks.md %}` is left out of the page: templates are not run, so `perks.md` is not included.',
    ],
  });
});

test('the markers of if/else and for are left out and the text between them kept, with one warning at each opening', () => {
  const body = 'Before.\n{% if site.remote %}\nWork **anywhere**.\n{% else %}\nWork in Berlin.\n{% endif %}\n\n{% for perk in site.perks %}\nGood perks.\n{% endfor %}\n{% assign team = "API" %}\n';
  assert.deepEqual(prepass(body), {
    text: `Before.\n${' '.repeat(20)}\nWork **anywhere**.\n${' '.repeat(10)}\nWork in Berlin.\n${' '.repeat(11)}\n\n${' '.repeat(28)}\nGood perks.\n${' '.repeat(12)}\n${' '.repeat(25)}\n`,
    findings: ['2:1 block {% if site.remote %}', '8:1 block {% for perk in site.perks %}', '11:1 tag {% assign team = "API" %}'],
  });
  assert.deepEqual(render(body), {
    html: '<p>Before.</p>\n<p>Work <strong>anywhere</strong>.</p>\n<p>Work in Berlin.</p>\n<p>Good perks.</p>\n',
    findings: [
      '6:1 markdown/template-tag The Liquid condition `{% if site.remote %}` is not evaluated: it and its `{% endif %}` are left out, and the text between them is shown as written.',
      '12:1 markdown/template-tag The Liquid loop `{% for perk in site.perks %}` is not run: it and its `{% endfor %}` are left out, and the text between them is shown once, as written.',
      '15:1 markdown/template-tag The Liquid tag `{% assign team = "API" %}` is left out of the page: templates are not run.',
    ],
  });
});

test('a comment is left out with its text, inline or over lines, and quietly: it was never shown', () => {
  const body = 'Pay {% comment %}(ask Sam){% endcomment %}is fair.\n\n{% comment %}\nDraft: **not** for candidates.\n{% endcomment %}\n\nAfter. {% # an inline comment %}\n';
  assert.deepEqual(prepass(body), {
    text: `Pay ${'·'.repeat(38)}is fair.\n\n${' '.repeat(13)}\n${' '.repeat(30)}\n${' '.repeat(16)}\n\nAfter. ${'·'.repeat(25)}\n`,
    findings: [],
  });
  assert.deepEqual(render(body), { html: '<p>Pay is fair.</p>\n<p>After.</p>\n', findings: [] });
});

test('raw keeps its text as written, tags and outputs included, and only its markers are left out', () => {
  const body = '{% raw %}Write {{ page.title }}.{% endraw %}\n\n{% raw %}\n{% include x %}\n{% endraw %}\n';
  assert.deepEqual(prepass(body), { text: `${'·'.repeat(9)}Write {{ page.title }}.${'·'.repeat(12)}\n\n${' '.repeat(9)}\n{% include x %}\n${' '.repeat(12)}\n`, findings: [] });
  assert.deepEqual(render(body), { html: '<p>Write {{ page.title }}.</p>\n<p>{% include x %}</p>\n', findings: [] });
});

test('an output is left out of prose, but tags and outputs stay in fenced code and in inline code, where template syntax is shown on purpose', () => {
  const body = 'Hello {{ page.title }}, see `{{ page.title }}` and `{% include x %}`.\n\n```liquid\n{% for x in site.pages %}{{ x.content }}{% endfor %}\n```\n\n~~~\n{{ y }}\n~~~\n{{ z }}\n';
  assert.deepEqual(prepass(body), {
    text: `Hello ${'·'.repeat(16)}, see \`{{ page.title }}\` and \`{% include x %}\`.\n\n\`\`\`liquid\n{% for x in site.pages %}{{ x.content }}{% endfor %}\n\`\`\`\n\n~~~\n{{ y }}\n~~~\n${' '.repeat(7)}\n`,
    findings: ['1:7 output {{ page.title }}', '10:1 output {{ z }}'],
  });
  assert.deepEqual(render(body), {
    html: '<p>Hello , see <code>{{ page.title }}</code> and <code>{% include x %}</code>.</p>\n<pre><code class="language-liquid">{% for x in site.pages %}{{ x.content }}{% endfor %}\n</code></pre>\n<pre><code>{{ y }}\n</code></pre>\n',
    findings: [
      '5:7 markdown/template-tag The Liquid output `{{ page.title }}` is left out of the page: templates are not run, so `page.title` has no value here.',
      '14:1 markdown/template-tag The Liquid output `{{ z }}` is left out of the page: templates are not run, so `z` has no value here.',
    ],
  });
});

test("site.baseurl, site.url and relative_url in a link give a link into the site, under its path prefix, with a warning", () => {
  const body = '[Apply]({{ site.baseurl }}/apply/) or [jobs]({{ "/jobs/" | relative_url }}) or [here]({{ site.url }}/x/).\n\n[ref]: {{ site.baseurl }}/r/\n\nNot a link: {{ site.baseurl }}/x\n';
  assert.deepEqual(prepass(body), {
    text: `[Apply](§${'·'.repeat(17)}/apply/) or [jobs](§/jobs/${'·'.repeat(22)}) or [here](${'·'.repeat(14)}/x/).\n\n[ref]: §${'·'.repeat(17)}/r/\n\nNot a link: ${'·'.repeat(18)}/x\n`,
    findings: ['1:9 link {{ site.baseurl }}', '1:46 link {{ "/jobs/" | relative_url }}', '1:87 link {{ site.url }}', '3:8 link {{ site.baseurl }}', '5:13 output {{ site.baseurl }}'],
  });
  const { html, findings } = render(`${body}\nSee [ref].\n`, '/careers/');
  assert.equal(html, '<p><a href="/careers/apply/">Apply</a> or <a href="/careers/jobs/">jobs</a> or <a href="/x/">here</a>.</p>\n<p>Not a link: /x</p>\n<p>See <a href="/careers/r/">ref</a>.</p>\n');
  assert.deepEqual(findings, [
    "5:9 markdown/template-tag The Liquid output `{{ site.baseurl }}` is left out of this link and the site's path prefix is written in its place: templates are not run.",
    "5:46 markdown/template-tag The Liquid output `{{ \"/jobs/\" | relative_url }}` is left out of this link and `/jobs/` is written in its place, under the site's path prefix: templates are not run.",
    '5:87 markdown/template-tag The Liquid output `{{ site.url }}` is left out of this link, which then starts at the root of the site: templates are not run.',
    "7:8 markdown/template-tag The Liquid output `{{ site.baseurl }}` is left out of this link and the site's path prefix is written in its place: templates are not run.",
    '9:13 markdown/template-tag The Liquid output `{{ site.baseurl }}` is left out of the page: templates are not run, so `site.baseurl` has no value here.',
  ]);
  assert.equal(render('[Apply]({{ site.baseurl }}/apply/), [home]({{ site.url }}), [top]({{ site.baseurl }}#jobs)\n').html, '<p><a href="/apply/">Apply</a>, <a href="/">home</a>, <a href="/#jobs">top</a></p>\n');
  assert.equal(render('[top]({{ site.baseurl }}#jobs)\n', '/careers/').html, '<p><a href="/careers/#jobs">top</a></p>\n');
});

test("Jekyll's {% link page.md %} in a link is a link to that page's content file, checked and published as one; elsewhere it is left out", () => {
  const body = "[Frontend]({% link jobs/frontend.md %}) and [quoted]({% link '/jobs/frontend.md' %}).\n\nAs text: {% link jobs/frontend.md %}\n";
  assert.deepEqual(prepass(body).findings, ['1:12 page-link {% link jobs/frontend.md %}', '1:54 page-link {% link \'/jobs/frontend.md\' %}', '3:10 tag {% link jobs/frontend.md %}']);
  const { html, findings } = render(body, '/careers/');
  assert.equal(html, '<p><a href="/careers/jobs/frontend/">Frontend</a> and <a href="/careers/jobs/frontend/">quoted</a>.</p>\n<p>As text:</p>\n');
  assert.deepEqual(findings, [
    '5:12 markdown/template-tag The Liquid tag `{% link jobs/frontend.md %}` is read as a link to the page `jobs/frontend.md`: templates are not run.',
    "5:54 markdown/template-tag The Liquid tag `{% link '/jobs/frontend.md' %}` is read as a link to the page `/jobs/frontend.md`: templates are not run.",
    '7:10 markdown/template-tag The Liquid tag `{% link jobs/frontend.md %}` is left out of the page: templates are not run.',
  ]);
});

test('whitespace-control forms are tags like the others', () => {
  const body = '{%- if a -%}\nIn.\n{%- endif -%}\nHi {{- page.title -}}!\n{%- include x.html -%}\n';
  assert.deepEqual(prepass(body), {
    text: `${' '.repeat(12)}\nIn.\n${' '.repeat(13)}\nHi ${'·'.repeat(18)}!\n${' '.repeat(22)}\n`,
    findings: ['1:1 block {%- if a -%}', '4:4 output {{- page.title -}}', '5:1 include {%- include x.html -%}'],
  });
  assert.deepEqual(render(body), {
    html: '<p>In.</p>\n<p>Hi !</p>\n',
    findings: [
      '5:1 markdown/template-tag The Liquid condition `{%- if a -%}` is not evaluated: it and its `{% endif %}` are left out, and the text between them is shown as written.',
      '8:4 markdown/template-tag The Liquid output `{{- page.title -}}` is left out of the page: templates are not run, so `page.title` has no value here.',
      '9:1 markdown/template-tag The Liquid tag `{%- include x.html -%}` is left out of the page: templates are not run, so `x.html` is not included.',
    ],
  });
});

test("Hugo's {{< >}} and {{% %}} are left to the shortcode pass when a body has Liquid too", () => {
  const body = '{{< note >}}\nHi {{ page.title }}.\n{{< /note >}}\n{% include x %}\n\n{{% alert title="Mind" %}}\nKeep.\n{{% /alert %}}\n{{< youtube id >}}\n';
  assert.deepEqual(prepass(body), {
    text: `{{< note >}}\nHi ${'·'.repeat(16)}.\n{{< /note >}}\n${' '.repeat(15)}\n\n{{% alert title="Mind" %}}\nKeep.\n{{% /alert %}}\n{{< youtube id >}}\n`,
    findings: ['2:4 output {{ page.title }}', '4:1 include {% include x %}'],
  });
  assert.deepEqual(render(body), {
    html: '<blockquote>\n<p>Hi .</p>\n</blockquote>\n<blockquote>\n<p><strong>Mind</strong></p>\n<p>Keep.</p>\n</blockquote>\n',
    findings: [
      '6:4 markdown/template-tag The Liquid output `{{ page.title }}` is left out of the page: templates are not run, so `page.title` has no value here.',
      '8:1 markdown/template-tag The Liquid tag `{% include x %}` is left out of the page: templates are not run, so `x` is not included.',
      '13:1 markdown/shortcode The Hugo shortcode `youtube` is not supported; it is left out of the page.',
    ],
  });
});

test('an unclosed block or comment keeps the text after it, and a closing tag without an opening is left out, each with a warning', () => {
  const body = 'Start.\n\n{% if x %}\nShown.\n\n{% comment %}\nAlso shown.\n\n{% endfor %}\n';
  assert.deepEqual(prepass(body), {
    text: `Start.\n\n${' '.repeat(10)}\nShown.\n\n${' '.repeat(13)}\nAlso shown.\n\n${' '.repeat(12)}\n`,
    findings: ['3:1 unclosed {% if x %}', '6:1 unclosed {% comment %}', '9:1 stray {% endfor %}'],
  });
  assert.deepEqual(render(body), {
    html: '<p>Start.</p>\n<p>Shown.</p>\n<p>Also shown.</p>\n',
    findings: [
      '7:1 markdown/template-tag The Liquid tag `{% if x %}` is never closed by `{% endif %}`; it is left out, and the text after it is shown as written.',
      '10:1 markdown/template-tag The Liquid tag `{% comment %}` is never closed by `{% endcomment %}`; it is left out, and the text after it is shown as written.',
      '13:1 markdown/template-tag The Liquid tag `{% endfor %}` closes nothing that was opened; it is left out of the page.',
    ],
  });
});

test('a hostile long line of openings is left out opening by opening, and no template syntax reaches the page', () => {
  // 100 000 characters of openings on one line: a pattern that backtracked would take minutes here.
  const body = `${'{%'.repeat(50_000)}\n{% ${' '.repeat(100_000)}\n${'{{ a '.repeat(20_000)}\n`;
  const { text, findings } = prepass(body);
  assert.doesNotMatch(text, /\{%|\{\{/);
  assert.deepEqual(findings.slice(0, 2), ['1:1 unterminated {%', '1:3 unterminated {%']);
  assert.deepEqual(findings.slice(49_999, 50_002), ['1:99999 unterminated {%', '2:1 unterminated {%', '3:1 unterminated {{']);
  assert.equal(findings.length, 70_001);
  const rendered = render(body);
  assert.doesNotMatch(rendered.html, /\{%|\{\{/);
  assert.equal(rendered.findings.length, 70_001);
  assert.equal(rendered.findings[0], '5:1 markdown/template-tag A Liquid tag opens with `{%` but does not end on its line (`%}`); its opening is left out of the page.');
});

test('a page whose first paragraph is an include is summarised by the next one, and the include is reported at its file position', () => {
  const text = '---\ntitle: Backend Engineer\n---\n\n{% include hiring-intro.md %}\n\nBuild the APIs our customers use.\n\n## Responsibilities\n\n- Own services\n\n## Requirements\n\n- Go\n';
  const page = loadPage({ bytes: new TextEncoder().encode(text), file: 'content/engineering/backend.md', pathInContent: 'engineering/backend.md' }, { settings: DEFAULT_SETTINGS, today: '2026-06-01' });
  assert.equal(page.role?.summary, 'Build the APIs our customers use.');
  assert.equal(
    formatText(page.diagnostics, 1),
    'content/engineering/backend.md:5:1 warning markdown/template-tag The Liquid tag `{% include hiring-intro.md %}` is left out of the page: templates are not run, so `hiring-intro.md` is not included.\n' +
      '    hint: Write the text the tag stood for in Markdown: the included text itself, a link instead of `{{ site.baseurl }}`.\n' +
      'Result (1 file): 0 errors, 1 warning\n',
  );
});
