import { diagnostic } from '../diagnostics/rules.ts';
import { closestMatch } from '../diagnostics/suggest.ts';
import { FrontMatterSchema, KNOWN_LAYOUTS, LevelSchema, OpeningSchema, SalarySchema, type FrontMatterData } from '../model/front-matter-schema.ts';
import type { FrontMatter } from './front-matter.ts';
import { validateYaml, type ValidationResult, type YamlRules } from '../yaml/validate-yaml.ts';
import { valuePosition } from '../yaml/yaml-position.ts';

const FRONT_MATTER_RULES: YamlRules = {
  unknownKey: 'front-matter/unknown-key',
  required: 'front-matter/required',
  type: 'front-matter/type',
  reference: "careers' content format reference (docs/content-format.md)",
  knownKeys: {
    '': Object.keys(FrontMatterSchema.shape),
    levels: Object.keys(LevelSchema.shape),
    openings: Object.keys(OpeningSchema.shape),
    'openings.salary': Object.keys(SalarySchema.shape),
  },
};

/** Checks a page's front matter against the schema, with every problem at its key or value. */
export function validateFrontMatter(frontMatter: FrontMatter, file: string): ValidationResult<FrontMatterData> {
  const result = validateYaml(FrontMatterSchema, frontMatter, file, FRONT_MATTER_RULES);
  if (!result.ok) return result;
  // Another engine's layout (Jekyll's `default`, a theme's `page`) is accepted as it is: every page is
  // shown in this site's layout anyway. One close to a dialect's name is a misspelling worth a word.
  const layout = result.data.layout;
  const meant = typeof layout === 'string' && !(KNOWN_LAYOUTS as readonly string[]).includes(layout) ? closestMatch(layout, KNOWN_LAYOUTS) : undefined;
  if (meant !== undefined) {
    const at = valuePosition(frontMatter.document, ['layout'], frontMatter.positionAt);
    result.diagnostics.push(diagnostic('front-matter/unknown-layout', file, at, `Unknown layout "${layout}"; the page is read as a job page.`, `Did you mean \`${meant}\`?`));
  }
  return result;
}
