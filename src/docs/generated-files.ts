import { renderContentFormatDoc } from './content-format-doc.ts';
import { frontMatterJsonSchema, rolesJsonSchema, schemaText, settingsJsonSchema } from '../schema/json-schemas.ts';
import { renderRulesDoc } from './rules-doc.ts';

/** A file in the repository that is generated from the code, so it can never drift from it. */
export interface GeneratedFile {
  /** Path from the repository root. */
  readonly path: string;
  readonly render: () => string;
}

/** Every generated file: written by `npm run docs`, compared by the tests. */
export const GENERATED_FILES: readonly GeneratedFile[] = [
  { path: 'docs/rules.md', render: renderRulesDoc },
  { path: 'docs/content-format.md', render: renderContentFormatDoc },
  { path: 'schema/front-matter.schema.json', render: () => schemaText(frontMatterJsonSchema()) },
  { path: 'schema/settings.schema.json', render: () => schemaText(settingsJsonSchema()) },
  { path: 'schema/roles.schema.json', render: () => schemaText(rolesJsonSchema()) },
];
