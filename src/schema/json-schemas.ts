import { z } from 'zod';
import { RULES, type RuleInfo } from '../diagnostics/rules.ts';
import { FrontMatterSchema } from '../model/front-matter-schema.ts';
import { RolesJsonSchema } from '../model/roles-json-schema.ts';
import { SettingsSchema } from '../model/settings-schema.ts';
import { FRONT_MATTER_DOCS, SETTINGS_DOCS } from './front-matter-docs.ts';
import { eachProperty, isSchema, type JsonSchema } from './schema-walk.ts';

/**
 * The JSON Schemas for editors, generated from the zod schemas (the single source of truth), never
 * written by hand. Draft 7, because that is what the YAML language server behind VS Code's YAML
 * extension implements; `io: 'input'` describes what an author writes, so keys with defaults are optional.
 */
function generate(schema: z.ZodType, title: string, description: string, source: string, io: 'input' | 'output' = 'input'): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, target: 'draft-07', unrepresentable: 'any' }) as JsonSchema;
  const { $schema, ...rest } = generated;
  dropSafeIntegerBounds(rest);
  return { $schema, $comment: `Generated from ${source} by \`npm run docs\`; do not edit.`, title, description, ...rest };
}

/** The schema of a job page's front matter, with a description on every key. */
export function frontMatterJsonSchema(): JsonSchema {
  const schema = generate(FrontMatterSchema, 'Job page front matter', 'The YAML between the `---` lines at the top of a job page.', 'src/model/front-matter-schema.ts');
  eachProperty(schema, (path, property) => {
    const doc = FRONT_MATTER_DOCS[path];
    if (doc) property['description'] = doc.description;
  });
  return schema;
}

/** The schema of careers.config.yaml; each rule id under `rules:` carries its summary and default severity. */
export function settingsJsonSchema(): JsonSchema {
  const schema = generate(SettingsSchema, 'Careers site settings', 'careers.config.yaml: every key is optional.', 'src/model/settings-schema.ts');
  eachProperty(schema, (path, property) => {
    const doc = SETTINGS_DOCS[path];
    if (doc) property['description'] = doc;
    if (path === 'rules') listRules(property);
  });
  return schema;
}

/**
 * zod writes `rules` as a map whose keys are an enum (`propertyNames`); editors complete and explain
 * only named `properties`, so each rule id becomes one, with the same meaning (no other keys allowed).
 */
function listRules(rules: JsonSchema): void {
  const severity = rules['additionalProperties'];
  const properties: Record<string, JsonSchema> = {};
  for (const [id, info] of Object.entries(RULES as Record<string, RuleInfo>)) {
    properties[id] = { ...(isSchema(severity) ? severity : {}), description: `${info.summary} Default: ${info.severity}.` };
  }
  delete rules['propertyNames'];
  rules['properties'] = properties;
  rules['additionalProperties'] = false;
}

/** The schema of the site's `roles.json`: what the build writes (`io: 'output'`), for tools that read it. */
export function rolesJsonSchema(): JsonSchema {
  return generate(RolesJsonSchema, 'roles.json', "The site's roles as data: every role, sorted by URL.", 'src/model/roles-json-schema.ts', 'output');
}

/** A schema as committed: two-space JSON with a final newline. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** zod writes `int()` as bounded by ±(2^53 − 1); the bounds say nothing to an author, so they go. */
function dropSafeIntegerBounds(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(dropSafeIntegerBounds);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as JsonSchema;
  if (record['minimum'] === Number.MIN_SAFE_INTEGER) delete record['minimum'];
  if (record['maximum'] === Number.MAX_SAFE_INTEGER) delete record['maximum'];
  Object.values(record).forEach(dropSafeIntegerBounds);
}
