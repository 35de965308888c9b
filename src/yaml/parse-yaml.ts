import { isCollection, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { diagnostic, type RuleId } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { CONTROL_CHARACTER, describeCharacter } from '../model/characters.ts';
import type { PositionedYaml } from './validate-yaml.ts';

/** Aliases one file may expand; a real page needs a handful, an "alias bomb" needs millions. */
const MAX_ALIAS_COUNT = 100;
/**
 * Deepest nesting of `[` and `{` read. The parser itself stops near 800 levels, but where depends on
 * the stack left, so the position it reports would change from run to run.
 */
const MAX_FLOW_DEPTH = 64;

export type YamlParseResult = { ok: true; yaml: PositionedYaml } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses YAML 1.2 (core schema: no code, no tags, dates stay strings) keeping every node's
 * position. `firstLineShift` is how many columns precede the text on its first line in the file.
 */
export function parseYaml(text: string, file: string, syntaxRule: RuleId, firstLineShift = 0): YamlParseResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core' });
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: line === 1 ? col + firstLineShift : col };
  };
  const deepAt = tooDeepFlowAt(text);
  if (deepAt !== undefined) return { ok: false, diagnostics: [diagnostic(syntaxRule, file, positionAt(deepAt), `The YAML nests lists or maps more than ${MAX_FLOW_DEPTH} levels deep.`)] };
  const diagnostics: Diagnostic[] = [];
  let tooDeep = false;
  for (const error of document.errors) {
    // The parser stops at its own stack limit; walking the half-built tree below could overflow again.
    tooDeep ||= error.code === 'RESOURCE_EXHAUSTION';
    const message = error.code === 'RESOURCE_EXHAUSTION' ? 'The YAML is nested too deeply.' : `Invalid YAML: ${firstSentence(error.message)}`;
    diagnostics.push(diagnostic(syntaxRule, file, positionAt(error.pos[0]), message));
  }
  if (!tooDeep) diagnostics.push(...unsafeNodes(document, text, file, syntaxRule, positionAt));
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = firstAliasOffset(document) ?? document.contents?.range?.[0];
    return { ok: false, diagnostics: [diagnostic('front-matter/aliases', file, at === undefined ? FILE_START : positionAt(at), `The YAML could not be expanded: ${firstSentence(message)}`)] };
  }
  return { ok: true, yaml: { data: data ?? {}, document, positionAt } };
}

/**
 * Finds what YAML can express but content must not: any tag (`!!js/function`, `!!python/object`,
 * `!!binary`: some parsers run code for them, and none has a use in a job page), keys that are lists
 * or maps, and control characters written as escapes (`"\e"`), which web pages and feeds cannot carry.
 */
function unsafeNodes(document: Document, text: string, file: string, syntaxRule: RuleId, positionAt: (offset: number) => Position): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(document, {
    Node(_key, node) {
      const start = node.range?.[0] ?? 0;
      if (node.tag !== undefined) {
        const tag = writtenTag(text, start);
        found.push(diagnostic('front-matter/tag', file, positionAt(tag?.offset ?? start), `The YAML tag \`${tag?.text ?? node.tag}\` is not allowed; tags can make a YAML reader run code.`));
      }
      const control = isScalar(node) && typeof node.value === 'string' ? CONTROL_CHARACTER.exec(node.value) : null;
      if (control) found.push(diagnostic('file/control-character', file, positionAt(start), `The value contains the control character ${describeCharacter(control[0])}.`));
    },
    Pair(_key, pair) {
      if (isCollection(pair.key)) found.push(diagnostic(syntaxRule, file, positionAt(pair.key.range?.[0] ?? 0), 'Invalid YAML: a key must be plain text, not a list or a set of keys.'));
    },
  });
  return found;
}

/** The tag as written just before the node that starts at `start` (an anchor may sit between them). */
function writtenTag(text: string, start: number): { text: string; offset: number } | undefined {
  const before = text.slice(Math.max(0, start - 512), start);
  const match = /(!(?:<[^>\n]*>|[^\s,[\]{}]*))(?:[ \t]+&[^\s,[\]{}]+)?\s*$/.exec(before);
  return match?.[1] === undefined ? undefined : { text: match[1], offset: start - before.length + match.index };
}

/** Where `[`/`{` nesting first passes the limit; counted roughly (brackets in quotes too), which only errs on absurd text. */
function tooDeepFlowAt(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if (c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

function firstAliasOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '').trim() ?? message;
}
