import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseUrlPath, unsafeUrlPathReason } from '../../src/model/url-path.ts';

test('plain site paths are safe, and normalised to /a/b/', () => {
  for (const path of ['/jobs/old-name/', '/engineering/backend-engineer', '/a/b.c/d_e/f~g/', '/x//y/', '/2026/v1.2/']) assert.equal(unsafeUrlPathReason(path), undefined, path);
  assert.equal(normaliseUrlPath('/x//y'), '/x/y/');
  assert.equal(normaliseUrlPath('///'), '/');
});

test('every path that could leave the output folder or break a file system is refused, with the reason', () => {
  const reasons = Object.fromEntries([
    '/../../etc/', '/a/./b/', '/%2e%2e/%2e%2e/outside/', '/a/%2E%2E%2Fx', '/%ff/', 'C:\\Windows\\', 'C:/Windows/', '\\\\server\\share\\',
    '/jobs\\..\\x\\', '/jobs/a\u0000b/', '/jobs/\u001b[31m/', 'https://evil.example/', '//evil.example/x/', 'javascript:alert(1)', 'file:///etc/passwd',
    'jobs/x/', '~/x/', '', '/', '/jobs/x?y=1', '/jobs/x#top', '/a b/', '/<script>/', '/ünï/', '/.git/', '/_site/', '/-x/', '/con/', '/LPT1.txt/', '/trailing./',
    `/${'a'.repeat(201)}/`, `/${'abcdefghij/'.repeat(100)}`,
  ].map((path) => [path, unsafeUrlPathReason(path)]));
  assert.deepEqual(reasons, {
    '/../../etc/': 'it contains "." or ".." segments, which could lead outside the site',
    '/a/./b/': 'it contains "." or ".." segments, which could lead outside the site',
    '/%2e%2e/%2e%2e/outside/': 'it contains percent-encoding ("%2e%2e" means ".."), which servers decode, so it could hide ".." or "/"; write plain characters',
    '/a/%2E%2E%2Fx': 'it contains percent-encoding ("%2E%2E%2Fx" means "../x"), which servers decode, so it could hide ".." or "/"; write plain characters',
    '/%ff/': 'it contains percent-encoding ("%ff" means "%ff"), which servers decode, so it could hide ".." or "/"; write plain characters',
    'C:\\Windows\\': 'it is a file-system path; give a path on this site, such as /jobs/old-name/',
    'C:/Windows/': 'it is a file-system path; give a path on this site, such as /jobs/old-name/',
    '\\\\server\\share\\': 'it is a file-system path; give a path on this site, such as /jobs/old-name/',
    '/jobs\\..\\x\\': 'it contains a backslash, which some servers and file systems read as "/"',
    '/jobs/a\u0000b/': 'it contains the control character U+0000',
    '/jobs/\u001b[31m/': 'it contains the control character U+001B',
    'https://evil.example/': 'it has a scheme or host; give a path on this site, such as /jobs/old-name/',
    '//evil.example/x/': 'it has a scheme or host; give a path on this site, such as /jobs/old-name/',
    'javascript:alert(1)': 'it has a scheme or host; give a path on this site, such as /jobs/old-name/',
    'file:///etc/passwd': 'it has a scheme or host; give a path on this site, such as /jobs/old-name/',
    'jobs/x/': 'it must start with "/"',
    '~/x/': 'it must start with "/"',
    '': 'it must start with "/"',
    '/': 'it is the front page of the site, which lists every role',
    '/jobs/x?y=1': 'it contains "?"; give the path alone, without a query or fragment',
    '/jobs/x#top': 'it contains "#"; give the path alone, without a query or fragment',
    '/a b/': 'the segment "a b" contains a space, which is not safe in file names (use letters, digits, ".", "_", "~" and "-", starting with a letter or digit)',
    '/<script>/': 'the segment "<script>" contains "<", which is not safe in file names (use letters, digits, ".", "_", "~" and "-", starting with a letter or digit)',
    '/ünï/': 'the segment "ünï" contains "ü", which is not safe in file names (use letters, digits, ".", "_", "~" and "-", starting with a letter or digit)',
    '/.git/': 'the segment ".git" contains "." at its start, which is not safe in file names (use letters, digits, ".", "_", "~" and "-", starting with a letter or digit)',
    '/_site/': 'the segment "_site" contains "_" at its start, which is not safe in file names (use letters, digits, ".", "_", "~" and "-", starting with a letter or digit)',
    '/-x/': 'the segment "-x" contains "-" at its start, which is not safe in file names (use letters, digits, ".", "_", "~" and "-", starting with a letter or digit)',
    '/con/': 'the segment "con" is a device name on Windows, where no folder can have it',
    '/LPT1.txt/': 'the segment "LPT1.txt" is a device name on Windows, where no folder can have it',
    '/trailing./': 'the segment "trailing." ends with ".", which Windows drops from folder names',
    [`/${'a'.repeat(201)}/`]: 'the segment "aaaaaaaaaaaaaaaaaaaa…" is 201 characters long; at most 200 are allowed',
    [`/${'abcdefghij/'.repeat(100)}`]: 'it is 1101 characters long; at most 1000 are allowed',
  });
});
