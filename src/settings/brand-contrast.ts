import { diagnostic } from '../diagnostics/rules.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { PAGE_BACKGROUNDS, type Brand } from '../model/brand-schema.ts';
import { contrast, mix } from '../model/colour-contrast.ts';
import { valuePosition } from '../yaml/yaml-position.ts';
import type { PositionedYaml } from '../yaml/validate-yaml.ts';

/** WCAG AA for normal text (success criterion 1.4.3). */
export const TEXT_CONTRAST = 4.5;

type Scheme = keyof typeof PAGE_BACKGROUNDS;

/**
 * A warning for each brand colour that text cannot be read in: below 4.5:1 against the page or a card
 * background, in light mode and in dark mode (where a colour without a `brand.dark` value is used too).
 */
export function brandContrastDiagnostics(brand: Brand, yaml: PositionedYaml, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const key of ['color', 'accent'] as const) {
    const light = brand[key];
    const dark = brand.dark?.[key];
    if (light !== undefined) {
      const at = valuePosition(yaml.document, ['brand', key], yaml.positionAt);
      const problem = contrastProblem(light, 'light');
      if (problem) diagnostics.push(diagnostic('settings/low-contrast', file, at, problem.message(`brand.${key}`), `Use a darker colour, such as "${problem.suggestion}".`));
      const inDark = dark === undefined ? contrastProblem(light, 'dark') : undefined;
      if (inDark) diagnostics.push(diagnostic('settings/low-contrast', file, at, `${inDark.message(`brand.${key}`)} It is used in dark mode too, since \`brand.dark.${key}\` is not set.`, `Add \`dark: { ${key}: "${inDark.suggestion}" }\` under \`brand\`, or choose a colour that reads on both.`));
    }
    if (dark !== undefined) {
      const problem = contrastProblem(dark, 'dark');
      if (problem) diagnostics.push(diagnostic('settings/low-contrast', file, valuePosition(yaml.document, ['brand', 'dark', key], yaml.positionAt), problem.message(`brand.dark.${key}`), `Use a lighter colour, such as "${problem.suggestion}".`));
    }
  }
  return diagnostics;
}

interface ContrastProblem {
  readonly message: (name: string) => string;
  /** The nearest colour, mixed towards black (light mode) or white (dark mode), that passes. */
  readonly suggestion: string;
}

function contrastProblem(colour: string, scheme: Scheme): ContrastProblem | undefined {
  const backgrounds = PAGE_BACKGROUNDS[scheme];
  const [name, background] = contrast(colour, backgrounds.card) < contrast(colour, backgrounds.page) ? ['card', backgrounds.card] : ['page', backgrounds.page];
  const ratio = contrast(colour, background);
  if (ratio >= TEXT_CONTRAST) return undefined;
  const target = scheme === 'light' ? '#000000' : '#ffffff';
  let suggestion = colour;
  for (let step = 1; step <= 20 && (contrast(suggestion, backgrounds.page) < TEXT_CONTRAST || contrast(suggestion, backgrounds.card) < TEXT_CONTRAST); step++) suggestion = mix(colour, target, step / 20);
  return {
    message: (setting) => `\`${setting}\` "${colour}" has a contrast of ${floor2(ratio)}:1 against the ${scheme} ${name} background (${background}); text needs at least ${TEXT_CONTRAST}:1.`,
    suggestion,
  };
}

// Rounded down, so a ratio shown as 4.5 never fails.
function floor2(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}
