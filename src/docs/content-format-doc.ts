import { EXAMPLE_FRONT_MATTER, FRONT_MATTER_DOCS } from '../schema/front-matter-docs.ts';
import { frontMatterJsonSchema } from '../schema/json-schemas.ts';
import { eachProperty, isSchema, type JsonSchema } from '../schema/schema-walk.ts';

/** docs/content-format.md: every front-matter key with its type, default and meaning, from the JSON Schema. */
export function renderContentFormatDoc(): string {
  const schema = frontMatterJsonSchema();
  const rows: string[] = [];
  eachProperty(schema, (path, property, required) => {
    const doc = FRONT_MATTER_DOCS[path];
    const example = doc?.example === undefined ? '' : `\`${doc.example}\``;
    rows.push(`| \`${path}\` | ${describeType(property)} | ${required ? 'yes' : ''} | ${defaultOf(property)} | ${cell(doc?.description ?? '')} | ${cell(example)} |`);
  });
  return `# Content format

<!-- Generated from src/model/front-matter-schema.ts by \`npm run docs\`; do not edit. -->

A job page is a Markdown file in the content folder. Its URL comes from its path:
\`engineering/backend-engineer.md\`, \`engineering/backend-engineer/index.md\` and
\`engineering/backend-engineer/index.html.md\` are all published at \`/engineering/backend-engineer/\`,
and so is Hugo's \`engineering/backend-engineer/_index.md\`, the page of a folder. Files named
\`README.md\`, and files and folders whose names start with \`.\` or \`_\` (other than \`_index.md\`),
are not pages.

A page usually starts with front matter: YAML between two \`---\` lines, in which only \`title\` is
required. A page without front matter takes its title from its first heading, with a
\`front-matter/absent\` warning. After it comes the body in Markdown; \`## Responsibilities\` and \`## Requirements\` sections are
expected (see [rules](rules.md)). Raw HTML is not rendered, and nothing in a page is ever run as code.

Editors can complete and check these keys with the JSON Schema in
[schema/front-matter.schema.json](../schema/front-matter.schema.json) (see [editing](editing.md)).

## Example

\`\`\`markdown
---
${EXAMPLE_FRONT_MATTER}---

Our data team turns raw telemetry into products customers rely on.

## Responsibilities

- Design and run the pipelines that move telemetry into customer storage.

## Requirements

- Several years of experience building data pipelines in production.
\`\`\`

## Keys

\`list[].key\` is a key of each item of a list.

| Key | Type | Required | Default | Meaning | Example |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

/** A type in words: "text", "a whole number or nothing", "a list of text". */
function describeType(node: JsonSchema): string {
  const enumValues = node['enum'];
  if (Array.isArray(enumValues)) return `one of ${enumValues.map((v) => `\`${String(v)}\``).join(', ')}`;
  const anyOf = node['anyOf'];
  if (Array.isArray(anyOf)) return anyOf.filter(isSchema).map(describeType).join(' or ');
  const type = node['type'];
  if (Array.isArray(type)) return type.map((t) => describeType({ ...node, type: t })).join(' or ');
  switch (type) {
    case 'string': return node['format'] === 'uri' ? 'URL' : 'text';
    case 'integer': return 'whole number';
    case 'number': return 'number';
    case 'boolean': return '`true` or `false`';
    case 'null': return 'nothing';
    case 'object': return 'keys';
    case 'array': return `list of ${isSchema(node['items']) ? describeType(node['items']) : 'values'}`;
    default: return 'any value';
  }
}

function defaultOf(node: JsonSchema): string {
  return 'default' in node ? `\`${JSON.stringify(node['default'])}\`` : '';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
