import { LineCounter, parseDocument } from 'yaml';
import { diagnostic, type RuleId } from '../diagnostics/rules.ts';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import type { PositionedYaml } from './validate-yaml.ts';

/** Aliases one file may expand; a real page needs a handful, an "alias bomb" needs millions. */
const MAX_ALIAS_COUNT = 100;

export type YamlParseResult = { ok: true; yaml: PositionedYaml } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses YAML 1.2 (core schema: no code, no custom tags, dates stay strings) keeping every node's
 * position. `firstLineShift` is how many columns precede the text on its first line in the file.
 */
export function parseYaml(text: string, file: string, syntaxRule: RuleId, firstLineShift = 0): YamlParseResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core' });
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: line === 1 ? col + firstLineShift : col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const error of document.errors) {
    diagnostics.push(diagnostic(syntaxRule, file, positionAt(error.pos[0]), `Invalid YAML: ${firstSentence(error.message)}`));
  }
  for (const warning of document.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      diagnostics.push(diagnostic('front-matter/tag', file, positionAt(warning.pos[0]), `YAML tags are not allowed: ${firstSentence(warning.message)}`));
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = document.contents?.range ? positionAt(document.contents.range[0]) : { line: 1, column: 1 };
    return { ok: false, diagnostics: [diagnostic('front-matter/aliases', file, at, `The YAML could not be expanded: ${firstSentence(message)}`)] };
  }
  return { ok: true, yaml: { data: data ?? {}, document, positionAt } };
}

function firstSentence(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '').trim() ?? message;
}
