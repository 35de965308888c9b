import { PAGE_BACKGROUNDS } from './brand-schema.ts';

/** The WCAG 2 contrast ratio of two `#rgb`/`#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** The text colour for a button of this colour: white or our dark page colour, whichever reads better. */
export function textOn(colour: string): string {
  return contrast(colour, '#ffffff') >= contrast(colour, PAGE_BACKGROUNDS.dark.page) ? '#ffffff' : PAGE_BACKGROUNDS.dark.page;
}

function channels(colour: string): [number, number, number] {
  const hex = colour.length === 4 ? [...colour.slice(1)].map((c) => c + c).join('') : colour.slice(1);
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `colour` moved `amount` (0 to 1) of the way towards `target`. */
export function mix(colour: string, target: string, amount: number): string {
  const from = channels(colour);
  const to = channels(target);
  return `#${from.map((c, i) => Math.round(c + ((to[i] ?? c) - c) * amount).toString(16).padStart(2, '0')).join('')}`;
}
