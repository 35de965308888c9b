import { isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import { FILE_START, type Position } from '../diagnostics/diagnostic.ts';

export type PathKey = string | number;

/** Where a key sits in a YAML document, or undefined when the map at `mapPath` has no such key. */
export function keyPosition(doc: Document | undefined, mapPath: readonly PathKey[], key: string, positionAt: (offset: number) => Position): Position | undefined {
  const map = nodeAt(doc, mapPath);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) return positionAt(pair.key.range[0]);
  }
  return undefined;
}

/**
 * Where the value at `path` sits. A missing value is placed at its key's parent map (the nearest
 * ancestor that exists); a missing top-level key at line 1, where the front matter opens.
 */
export function valuePosition(doc: Document | undefined, path: readonly PathKey[], positionAt: (offset: number) => Position): Position {
  for (let depth = path.length; depth > 0; depth--) {
    const node = nodeAt(doc, path.slice(0, depth));
    if (node?.range) return positionAt(node.range[0]);
    // A key whose value is empty (`summary:`) has no value node: point at the key itself.
    const key = path[depth - 1];
    if (typeof key === 'string') {
      const at = keyPosition(doc, path.slice(0, depth - 1), key, positionAt);
      if (at) return at;
    }
  }
  return FILE_START;
}

function nodeAt(doc: Document | undefined, path: readonly PathKey[]): Node | undefined {
  if (!doc) return undefined;
  if (path.length === 0) return (doc.contents ?? undefined) as Node | undefined;
  const node: unknown = doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}
