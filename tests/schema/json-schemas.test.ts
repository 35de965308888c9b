import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { readFrontMatter } from '../../src/content/front-matter.ts';
import { FrontMatterSchema } from '../../src/model/front-matter-schema.ts';
import { EXAMPLE_FRONT_MATTER, FRONT_MATTER_DOCS, SETTINGS_DOCS } from '../../src/schema/front-matter-docs.ts';
import { frontMatterJsonSchema, settingsJsonSchema } from '../../src/schema/json-schemas.ts';
import { eachProperty } from '../../src/schema/schema-walk.ts';
import { REPO_ROOT, SHARED_DIR, SKIP_WITHOUT_SHARED } from '../helpers/paths.ts';

/** A strict draft-07 validator, as the YAML language server applies it; `uri` is checked with the URL parser. */
function validator(schema: object): (data: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params['additionalProperty'])})` : ''}`));
}

const checkFrontMatter = validator(frontMatterJsonSchema());

/** Front matter read with the project's own reader, as the loader reads it. */
function frontMatterOf(file: string, text = readFileSync(file, 'utf8')): unknown {
  const result = readFrontMatter(text, relative(REPO_ROOT, file));
  assert.ok(result.ok, `${file}: the front matter does not parse`);
  return result.frontMatter.data;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.md$/.test(e.name) && !/^readme\.md$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

test('the front-matter JSON Schema accepts every example page in content/', () => {
  const files = markdownFiles(join(REPO_ROOT, 'content'));
  assert.ok(files.length >= 10);
  for (const file of files) assert.deepEqual(checkFrontMatter(frontMatterOf(file)), [], file);
});

test('the front-matter JSON Schema accepts every seed page', { skip: SKIP_WITHOUT_SHARED }, () => {
  const files = markdownFiles(join(SHARED_DIR ?? '', 'seeds'));
  assert.equal(files.length, 5);
  for (const file of files) assert.deepEqual(checkFrontMatter(frontMatterOf(file)), [], file);
});

test('the front-matter JSON Schema accepts the page template and the documented example', () => {
  const template = readFileSync(join(REPO_ROOT, 'templates/role.md'), 'utf8').replaceAll('{{title}}', 'Senior Data Engineer');
  assert.deepEqual(checkFrontMatter(frontMatterOf(join(REPO_ROOT, 'templates/role.md'), template)), []);
  const example: unknown = parse(EXAMPLE_FRONT_MATTER);
  assert.deepEqual(checkFrontMatter(example), []);
  assert.equal(FrontMatterSchema.safeParse(example).success, true);
});

test('the front-matter JSON Schema rejects a page with a misspelt key', () => {
  const misspelt = frontMatterOf(join(REPO_ROOT, 'tests/fixtures/rules/misspelt-key/page.md'));
  assert.deepEqual(checkFrontMatter(misspelt), ['/ must NOT have additional properties (departmnet)']);
});

test('the front-matter JSON Schema rejects a misspelt key, a wrong type and a missing title', () => {
  assert.deepEqual(checkFrontMatter({ title: 'Data Engineer', sumary: 'Typo' }), ['/ must NOT have additional properties (sumary)']);
  assert.deepEqual(checkFrontMatter({ title: 'Data Engineer', levels: [{ title: 'Senior', grade: 'seven' }] }), [
    '/levels/0/grade must be integer',
    '/levels/0/grade must be null',
    '/levels/0/grade must match a schema in anyOf',
  ]);
  assert.deepEqual(checkFrontMatter({ summary: 'No title' }), ["/ must have required property 'title'"]);
  assert.deepEqual(checkFrontMatter({ title: 'X', openings: [{ id: 'a', apply_url: 'https://x.example/apply', date_posted: '2026-01-01', remote: 'yes' }] }), ['/openings/0/remote must be boolean']);
});

test('every front-matter key has a description, and every description a key', () => {
  const paths: string[] = [];
  eachProperty(frontMatterJsonSchema(), (path, property) => {
    paths.push(path);
    assert.equal(typeof property['description'], 'string', `${path} has no description`);
  });
  assert.deepEqual([...paths].sort(), Object.keys(FRONT_MATTER_DOCS).sort());
});

test('the settings JSON Schema names every setting and rule, and rejects unknown ones', () => {
  const schema = settingsJsonSchema();
  const topLevel: string[] = [];
  eachProperty(schema, (path) => { if (!path.includes('.')) topLevel.push(path); });
  assert.deepEqual(topLevel.sort(), Object.keys(SETTINGS_DOCS).filter((key) => !key.includes('.')).sort());
  const check = validator(schema);
  assert.deepEqual(check({ rules: { 'content/placeholder': 'error' }, required_sections: ['Responsibilities'], grades: { min: 5, max: 12 } }), []);
  assert.deepEqual(check({ rules: { 'content/placeholders': 'error' } }), ['/rules must NOT have additional properties (content/placeholders)']);
  assert.deepEqual(check({ rules: { 'content/placeholder': 'fatal' } }), ['/rules/content~1placeholder must be equal to one of the allowed values']);
});
