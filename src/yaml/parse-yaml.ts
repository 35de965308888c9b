import { isCollection, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import { diagnostic, type RuleId } from '../diagnostics/rules.ts';
import { FILE_START, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { lineLocator } from '../diagnostics/positions.ts';
import { CONTROL_CHARACTER, describeCharacter } from '../model/characters.ts';
import { hasUnclosedQuote, indentQuotedContinuations, type YamlOptions } from './quoted-continuations.ts';
import type { PositionedYaml } from './validate-yaml.ts';

/** Aliases one file may expand; a real page needs a handful, an "alias bomb" needs millions. */
const MAX_ALIAS_COUNT = 100;
/**
 * Deepest nesting of `[` and `{` read. The parser itself stops near 800 levels, but where depends on
 * the stack left, so the position it reports would change from run to run.
 */
const MAX_FLOW_DEPTH = 64;

const OPTIONS: YamlOptions = { prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core' };
/** The same, but a key may be given twice in one map (settled by `dropOverriddenKeys`). */
const REPEATED_KEYS_OPTIONS: YamlOptions = { ...OPTIONS, uniqueKeys: false };

/** `warnings` are findings that do not stop the YAML being read (a quoted value continued without indentation). */
export type YamlParseResult = { ok: true; yaml: PositionedYaml; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses YAML 1.2 (core schema: no code, no tags, dates stay strings) keeping every node's
 * position. `firstLineShift` is how many columns precede the text on its first line in the file.
 * With `continuationRule`, a quoted value continued on unindented lines is read as libyaml and js-yaml
 * read it, with a warning under that rule at the first such line. With `duplicateKeyRule`, a key given
 * twice in one map is read as Ruby's YAML reader (Jekyll, Middleman) reads it, the last value winning,
 * with a warning under that rule at each earlier one; without it, a repeated key is a syntax error.
 */
export function parseYaml(written: string, file: string, syntaxRule: RuleId, firstLineShift = 0, continuationRule?: RuleId, duplicateKeyRule?: RuleId): YamlParseResult {
  // Lines are counted from the text itself: yaml's LineCounter only learns the line breaks of tokens its
  // parser keeps, so after an error it can miss some and put later errors on an earlier line.
  const shifted = (at: Position): Position => (at.line === 1 ? { line: 1, column: at.column + firstLineShift } : at);
  const writtenAt = lineLocator(written);
  const deepAt = tooDeepFlowAt(written);
  if (deepAt !== undefined) return { ok: false, diagnostics: [diagnostic(syntaxRule, file, shifted(writtenAt(deepAt)), `The YAML nests lists or maps more than ${MAX_FLOW_DEPTH} levels deep.`)] };
  const options = duplicateKeyRule === undefined ? OPTIONS : REPEATED_KEYS_OPTIONS;
  let text = written;
  let document: Document = parseDocument(text, options);
  let positionAt = (offset: number): Position => shifted(writtenAt(offset));
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const repaired = continuationRule !== undefined && hasUnclosedQuote(document) ? indentQuotedContinuations(written, options) : undefined;
  if (repaired && continuationRule) {
    ({ text, document } = repaired);
    positionAt = (offset) => shifted(repaired.positionAt(offset));
    for (const line of repaired.lines) {
      warnings.push(diagnostic(continuationRule, file, { line, column: 1 }, `A quoted value goes on at the start of line ${line}, without indentation; it is read as one line, as Ruby's and js-yaml's parsers read it, but stricter YAML parsers reject it.`));
    }
  }
  let tooDeep = false;
  for (const error of document.errors) {
    // The parser stops at its own stack limit; walking the half-built tree below could overflow again.
    // Where the stack runs out depends on how deep the caller already is, and not every place reports it as exhaustion.
    const exhausted = error.code === 'RESOURCE_EXHAUSTION' || error.message.startsWith('Maximum call stack size exceeded');
    tooDeep ||= exhausted;
    const message = exhausted ? 'The YAML is nested too deeply.' : `Invalid YAML: ${firstSentence(error.message)}`;
    diagnostics.push(diagnostic(syntaxRule, file, positionAt(error.pos[0]), message));
  }
  if (!tooDeep) diagnostics.push(...unsafeNodes(document, text, file, syntaxRule, positionAt));
  if (diagnostics.length > 0) return { ok: false, diagnostics: [...warnings, ...diagnostics] };
  if (duplicateKeyRule !== undefined) warnings.push(...dropOverriddenKeys(document, file, duplicateKeyRule, positionAt));

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = firstAliasOffset(document) ?? document.contents?.range?.[0];
    return { ok: false, diagnostics: [...warnings, diagnostic('front-matter/aliases', file, at === undefined ? FILE_START : positionAt(at), `The YAML could not be expanded: ${firstSentence(message)}`)] };
  }
  return { ok: true, yaml: { data: data ?? {}, document, positionAt }, warnings };
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
      const control = controlCharacterIn(node, file, positionAt);
      if (control) found.push(control);
    },
    Pair(_key, pair) {
      if (isCollection(pair.key)) found.push(diagnostic(syntaxRule, file, positionAt(pair.key.range?.[0] ?? 0), 'Invalid YAML: a key must be plain text, not a list or a set of keys.'));
    },
  });
  return found;
}

/**
 * Removes every pair whose key the same map gives again later, so that the document holds what is read
 * (the last value) and positions point at it; each removed key is a warning naming the line that wins.
 */
function dropOverriddenKeys(document: Document, file: string, rule: RuleId, positionAt: (offset: number) => Position): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(document, {
    Map(_key, map) {
      const keyOf = (item: unknown): string | undefined => (isPair(item) && isScalar(item.key) ? String(item.key.value) : undefined);
      const last = new Map(map.items.map((item, index) => [keyOf(item), index] as const));
      map.items = map.items.filter((item, index) => {
        const key = keyOf(item);
        const winner = last.get(key);
        if (key === undefined || winner === undefined || winner === index) return true;
        const winnerKey = map.items[winner]?.key;
        const winnerLine = isScalar(winnerKey) && winnerKey.range ? positionAt(winnerKey.range[0]).line : undefined;
        const at = isPair(item) && isScalar(item.key) && item.key.range ? positionAt(item.key.range[0]) : FILE_START;
        found.push(diagnostic(rule, file, at, `The key \`${key}\` is given again${winnerLine === undefined ? '' : ` on line ${winnerLine}`}; that last value is used, as Ruby's YAML reader (Jekyll, Middleman) uses it, and this one is ignored.`));
        return false;
      });
    },
  });
  return found;
}

/**
 * A control character a scalar holds (written as an escape such as `"\e"`), which web pages and feeds
 * cannot carry, as a diagnostic at the scalar; `hint` replaces the rule's, which speaks of YAML.
 */
export function controlCharacterIn(node: unknown, file: string, positionAt: (offset: number) => Position, hint?: string): Diagnostic | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const control = CONTROL_CHARACTER.exec(node.value);
  return control ? diagnostic('file/control-character', file, positionAt(node.range?.[0] ?? 0), `The value contains the control character ${describeCharacter(control[0])}.`, hint) : undefined;
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
