import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { formatGithub, formatGitlab, formatJunit, formatText } from '../../src/diagnostics/format.ts';

const found: Diagnostic[] = [
  { file: 'content/a.md', line: 3, column: 1, severity: 'warning', rule: 'front-matter/unknown-key', message: 'Unknown key `sumary`; it is ignored.', hint: 'Did you mean `summary`?' },
  { file: 'content/b.md', line: 5, column: 12, severity: 'error', rule: 'front-matter/type', message: '`levels[0].grade` must be a number, not the text "seven".', hint: 'Write a plain number, 100%.' },
];

test('text: one line per finding, hint below, summary last', () => {
  assert.equal(formatText(found, 2), [
    'content/a.md:3:1 warning front-matter/unknown-key Unknown key `sumary`; it is ignored.',
    '    hint: Did you mean `summary`?',
    'content/b.md:5:12 error front-matter/type `levels[0].grade` must be a number, not the text "seven".',
    '    hint: Write a plain number, 100%.',
    'Result (2 files): 1 error, 1 warning',
    '',
  ].join('\n'));
});

test('github: workflow annotations with escaped properties and data', () => {
  assert.equal(formatGithub(found), [
    '::warning file=content/a.md,line=3,col=1,title=front-matter/unknown-key::Unknown key `sumary`; it is ignored. Hint: Did you mean `summary`?',
    '::error file=content/b.md,line=5,col=12,title=front-matter/type::`levels[0].grade` must be a number, not the text "seven". Hint: Write a plain number, 100%25.',
    '',
  ].join('\n'));
});

test('gitlab: Code Quality fields, stable fingerprints that ignore the line', () => {
  const report = JSON.parse(formatGitlab(found)) as { check_name: string; severity: string; location: { path: string; lines: { begin: number } }; fingerprint: string; description: string }[];
  assert.deepEqual(report.map((r) => [r.check_name, r.severity, r.location.path, r.location.lines.begin]), [
    ['front-matter/unknown-key', 'minor', 'content/a.md', 3],
    ['front-matter/type', 'major', 'content/b.md', 5],
  ]);
  const moved = JSON.parse(formatGitlab([{ ...found[0]!, line: 9 }])) as { fingerprint: string }[];
  assert.equal(moved[0]?.fingerprint, report[0]?.fingerprint);
  assert.match(report[0]?.fingerprint ?? '', /^[0-9a-f]{32}$/);
});

test('junit: a test case per file, errors as failures', () => {
  const xml = formatJunit(found, ['content/a.md', 'content/b.md', 'content/c.md']);
  assert.match(xml, /<testsuites name="careers check" tests="3" failures="1">/);
  assert.match(xml, /<testcase classname="careers check" name="content\/c.md" file="content\/c.md">\n {4}<\/testcase>/);
  assert.match(xml, /<failure type="front-matter\/type" message="5:12 `levels\[0\].grade` must be a number, not the text &quot;seven&quot;.">/);
  assert.match(xml, /<system-out>content\/a.md:3:1 warning front-matter\/unknown-key/);
});

test('junit: failures counts the files that fail, not the findings', () => {
  const error = (file: string, line: number): (typeof found)[number] => ({ file, line, column: 1, severity: 'error', rule: 'front-matter/type', message: `wrong ${line}`, hint: 'fix' });
  const warning = { ...error('content/c.md', 2), severity: 'warning' as const, rule: 'front-matter/unknown-key' };
  const xml = formatJunit([error('content/a.md', 1), error('content/a.md', 2), error('content/a.md', 3), error('content/b.md', 4), warning], ['content/a.md', 'content/b.md', 'content/c.md', 'content/d.md']);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="careers check" tests="4" failures="2">\n {2}<testsuite name="careers check" tests="4" failures="2">\n/);
  assert.equal(xml.match(/<failure /g)?.length, 4, 'every error is still shown');
});
