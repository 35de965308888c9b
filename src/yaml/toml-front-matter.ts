import { parseTOML, ParseError, type AST } from 'toml-eslint-parser';
import { Document, isMap, isSeq, Pair, Scalar, visit, YAMLMap, YAMLSeq, type Node, type Range } from 'yaml';
import { diagnostic, type RuleId } from '../diagnostics/rules.ts';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import { lineLocator } from '../diagnostics/positions.ts';
import { controlCharacterIn } from './parse-yaml.ts';
import type { PositionedYaml } from './validate-yaml.ts';

/** Deepest nesting of arrays and inline tables read, as for YAML's `[` and `{`. */
const MAX_DEPTH = 64;
/** The rules' own hints speak of YAML. */
const SYNTAX_HINT = 'TOML writes one `key = value` per line, text in double quotes, and tables as `[name]` or `[[name]]` lines; check this line against that.';
const DEPTH_HINT = 'Flatten the value: a job page needs a few levels of arrays and tables, never dozens.';
const CONTROL_HINT = 'Remove the escape (such as `\\u001b`) from the value.';

export type TomlParseResult = { ok: true; yaml: PositionedYaml } | { ok: false; diagnostics: Diagnostic[] };

interface Build {
  readonly text: string;
  readonly file: string;
  readonly syntaxRule: RuleId;
  readonly positionAt: (offset: number) => Position;
  readonly problems: Diagnostic[];
}

/**
 * Parses TOML 1.0 (Hugo's `+++` front matter) into the same positioned form as YAML: a yaml `Document`
 * whose every key and value has the range it was written at, so that every later check points into
 * the TOML. Dates and times stay text as written. `firstLine` is the file line the TOML starts on.
 */
export function parseToml(text: string, file: string, syntaxRule: RuleId, firstLine = 1): TomlParseResult {
  const at = lineLocator(text);
  const positionAt = (offset: number): Position => {
    const { line, column } = at(offset);
    return { line: line + firstLine - 1, column };
  };
  let program: AST.TOMLProgram;
  try {
    program = parseTOML(text, { tomlVersion: '1.0' });
  } catch (error) {
    if (error instanceof ParseError) {
      // At the end of the text (a value never given), the parser points past the last line: point at its end instead.
      const offset = text.slice(error.index).trim() === '' ? text.trimEnd().length : error.index;
      return { ok: false, diagnostics: [diagnostic(syntaxRule, file, positionAt(offset), `Invalid TOML: ${error.message}`, SYNTAX_HINT)] };
    }
    // The parser recurses into arrays; thousands of levels exhaust the stack before the check below sees them.
    if (error instanceof RangeError) return { ok: false, diagnostics: [diagnostic(syntaxRule, file, positionAt(0), 'The TOML is nested too deeply.', DEPTH_HINT)] };
    throw error;
  }
  const build: Build = { text, file, syntaxRule, positionAt, problems: [] };
  const root = new YAMLMap();
  const [top] = program.body;
  root.range = [top.range[0], top.range[1], top.range[1]];
  for (const item of top.body) {
    if (item.type === 'TOMLKeyValue') addKeyValue(root, item, 1, build);
    else for (const keyValue of item.body) addKeyValue(tableMap(root, item), keyValue, 1, build);
  }
  const document = new Document();
  document.contents = root;
  build.problems.push(...controlCharacters(document, file, positionAt));
  if (build.problems.length > 0) return { ok: false, diagnostics: build.problems };
  return { ok: true, yaml: { data: document.toJS() as unknown, document, positionAt } };
}

/** The map a `[table]` or `[[array.of.tables]]` header opens, made along with the tables its key implies. */
function tableMap(root: YAMLMap, table: AST.TOMLTable): YAMLMap {
  const path = table.resolvedKey;
  let node: YAMLMap | YAMLSeq = root;
  let part = 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] ?? '';
    const last = i === path.length - 1;
    if (typeof segment === 'number') {
      if (!isSeq(node)) throw new Error(`TOML table ${path.join('.')}: an index into a value that is not an array.`);
      // The parser numbers a new `[[table]]` one past the last; a longer header goes into the last one.
      const existing: unknown = node.items[segment];
      if (existing === undefined) node.items.push(collection(new YAMLMap(), table));
      const item: unknown = node.items[segment];
      if (!isMap(item)) throw new Error(`TOML table ${path.join('.')}: an array item that is not a table.`);
      node = item;
    } else {
      const key = table.key.keys[part++];
      if (!isMap(node) || key === undefined) throw new Error(`TOML table ${path.join('.')}: a key into a value that is not a table.`);
      const make = typeof path[i + 1] === 'number' ? (): YAMLSeq => collection(new YAMLSeq(), table) : (): YAMLMap => collection(new YAMLMap(), last ? table : key);
      node = child(node, segment, key, make);
    }
  }
  if (!isMap(node)) throw new Error(`TOML table ${path.join('.')}: not a table.`);
  return node;
}

/** Adds `a.b.c = value` to `map`, making the tables a dotted key implies. */
function addKeyValue(map: YAMLMap, keyValue: AST.TOMLKeyValue, depth: number, build: Build): void {
  const { keys } = keyValue.key;
  let target = map;
  for (const [i, key] of keys.entries()) {
    const name = keyName(key);
    if (i === keys.length - 1) {
      target.items.push(new Pair(keyScalar(name, key), valueNode(keyValue.value, depth, build)));
    } else {
      const next = child(target, name, key, () => collection(new YAMLMap(), key));
      if (!isMap(next)) throw new Error(`TOML key ${name}: a dotted key into a value that is not a table.`);
      target = next;
    }
  }
}

function valueNode(value: AST.TOMLContentNode, depth: number, build: Build): Node {
  if (value.type === 'TOMLValue') {
    // Dates stay as written, as YAML's do: a `Date` would be shifted to UTC and print differently.
    const scalar = new Scalar(value.kind === 'string' || value.kind === 'integer' || value.kind === 'float' || value.kind === 'boolean' ? value.value : build.text.slice(value.range[0], value.range[1]));
    scalar.range = span(value);
    return scalar;
  }
  if (depth > MAX_DEPTH) {
    build.problems.push(diagnostic(build.syntaxRule, build.file, build.positionAt(value.range[0]), `The TOML nests arrays or inline tables more than ${MAX_DEPTH} levels deep.`, DEPTH_HINT));
    return collection(new YAMLSeq(), value);
  }
  if (value.type === 'TOMLArray') {
    const seq = collection(new YAMLSeq(), value);
    for (const element of value.elements) seq.items.push(valueNode(element, depth + 1, build));
    return seq;
  }
  const table = collection(new YAMLMap(), value);
  for (const keyValue of value.body) addKeyValue(table, keyValue, depth + 1, build);
  return table;
}

/** The value under `name` in `map`, added (with its key at `key`) when the map has none yet. */
function child(map: YAMLMap, name: string, key: AST.TOMLBare | AST.TOMLQuoted, make: () => YAMLMap | YAMLSeq): YAMLMap | YAMLSeq {
  const existing: unknown = map.get(name, true);
  if (isMap(existing) || isSeq(existing)) return existing;
  if (existing !== undefined) throw new Error(`TOML key ${name}: a table over a value the parser should have refused.`);
  const made = make();
  map.items.push(new Pair(keyScalar(name, key), made));
  return made;
}

function keyName(key: AST.TOMLBare | AST.TOMLQuoted): string {
  return key.type === 'TOMLBare' ? key.name : key.value;
}

function keyScalar(name: string, key: AST.TOMLBare | AST.TOMLQuoted): Scalar<string> {
  const scalar = new Scalar(name);
  scalar.range = span(key);
  return scalar;
}

function collection<T extends YAMLMap | YAMLSeq>(node: T, at: { readonly range: readonly [number, number] }): T {
  node.range = span(at);
  return node;
}

function span(node: { readonly range: readonly [number, number] }): Range {
  return [node.range[0], node.range[1], node.range[1]];
}

/** Control characters written as escapes (`"\u001b"`), which web pages and feeds cannot carry, as YAML's are refused. */
function controlCharacters(document: Document, file: string, positionAt: (offset: number) => Position): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(document, {
    Scalar(_key, node) {
      const control = controlCharacterIn(node, file, positionAt, CONTROL_HINT);
      if (control) found.push(control);
    },
  });
  return found;
}
