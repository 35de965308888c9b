/**
 * Characters that XML 1.0 (feeds, the sitemap) cannot carry even escaped, and that HTML treats as
 * errors: C0 controls but tab and newline, DEL, C1 controls, the non-characters U+FFFE and U+FFFF, and
 * lone surrogates (which only YAML escapes can produce).
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `U+001B`, for messages (the character itself may be invisible or garble a terminal). */
export function describeCharacter(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
