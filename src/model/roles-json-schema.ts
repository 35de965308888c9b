import { z } from 'zod';
import { OpeningSchema } from './front-matter-schema.ts';
import { ATS_PROVIDERS } from './role.ts';

/**
 * The shape of `roles.json`, the site's model as data for other tools. The layout that writes the file
 * is typed by it and the published JSON Schema (schema/roles.schema.json) is generated from it, so the
 * two cannot drift apart.
 */

const sitePath = z.string().describe('A site path such as `/engineering/backend-engineer/`, without the configured `path_prefix`.');

const LadderLevelSchema = z.strictObject({
  title: z.string(),
  grade: z.number().int().nullable().describe('The job grade, or null when the page gives none.'),
  id: z.string().optional().describe('For a level read from the page: the id of its heading (`url#id` links to it); empty when it has none.'),
  url: sitePath.optional().describe("For a level of a family kept as a folder: the level's own page."),
});

const AtsOriginSchema = z.strictObject({
  provider: z.enum(ATS_PROVIDERS),
  jobId: z.string(),
  department: z.string().nullable(),
  directApply: z.boolean(),
  descriptionHtml: z.string(),
}).describe('For an opening read from the applicant-tracking system: where it came from.');

export const RolesJsonRoleSchema = z.strictObject({
  title: z.string(),
  url: sitePath.describe("The role's page."),
  department: z.string().describe("The department's display name."),
  department_id: z.string().describe("The department's id, as in `/departments/<id>/`."),
  summary: z.string(),
  family: z.strictObject({ url: sitePath, title: z.string() }).nullable()
    .describe('For a level of a family kept as a folder (an `_index.md` and a page per level): the family page; otherwise null.'),
  levels: z.array(LadderLevelSchema)
    .describe("The career ladder, lowest first. A family page lists its level pages (each with `url`); any other page the levels it names (each with `id`)."),
  specialties: z.array(z.string()),
  responsibilities: z.array(z.string()),
  requirements: z.array(z.string()),
  performance_indicators: z.array(z.string()),
  hiring_process: z.array(z.string()),
  openings: z.array(OpeningSchema.extend({ ats: AtsOriginSchema.optional() })).describe('Open positions still open on the build date, as in front matter.'),
  redirect_from: z.array(sitePath).describe('Old URLs that lead to this page.'),
  source: z.string().describe('The content file, relative to the content folder.'),
});

/** `roles.json`: every role, sorted by URL. */
export const RolesJsonSchema = z.array(RolesJsonRoleSchema);

/** What the layout writes for one role: the schema's output, read-only like the model it comes from. */
export type RolesJsonRole = ReadonlyDeep<z.output<typeof RolesJsonRoleSchema>>;

type ReadonlyDeep<T> = T extends readonly (infer U)[] ? readonly ReadonlyDeep<U>[] : T extends object ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> } : T;
