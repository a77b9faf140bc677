import type * as Yaml from 'yaml';
import type { Path, SourceRange } from './types.js';

export type Target = 'value' | 'key';

export type LinePos = (offset: number) => { line: number; col: number };

/**
 * The YAML nodes of a document as the locator walks them. Offsets follow the `yaml` package's node ranges,
 * whichever loader built the tree. `undefined` from a method means "cannot tell": the caller falls back.
 */
export interface NodeTree<N> {
  root: N | null;
  kind(node: N): 'map' | 'seq' | 'leaf';
  /** The pair whose key is `key` (the first one); `value` is the key itself when the pair has no value node. */
  pair(map: N, key: string): { key: N; value: N } | null | undefined;
  item(seq: N, index: number): N | null | undefined;
  /** Start and end offsets of the node's first line of content; null when the node has no range. */
  head(node: N): [number, number] | null | undefined;
}

/**
 * Maps a path to the range of its YAML node; where the path leads to nothing, the nearest existing ancestor.
 * Returns undefined when the tree cannot tell.
 */
export function createLocator<N>(tree: NodeTree<N>, text: string, linePos: LinePos) {
  const toRange = (start: number, end: number): SourceRange => {
    const s = linePos(start);
    // Multi-line nodes are shown by their first line: editors and terminals point at a line, not a block.
    const lineEnd = text.indexOf('\n', start);
    if (lineEnd !== -1 && end > lineEnd) end = trimEnd(text, start, lineEnd);
    if (end <= start) end = Math.min(text.length, start + 1);
    const e = linePos(end);
    return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
  };

  return function locate(path: Path, target: Target = 'value'): SourceRange | undefined {
    let node = tree.root;
    let keyNode: N | undefined;
    for (const segment of path) {
      if (node === null) break;
      const kind = tree.kind(node);
      if (kind === 'leaf') break;
      let next: N | null | undefined = null;
      keyNode = undefined;
      if (kind === 'map') {
        const pair = tree.pair(node, String(segment));
        if (pair === undefined) return undefined;
        if (pair) {
          keyNode = pair.key;
          next = pair.value;
        }
      } else if (typeof segment === 'number') {
        next = tree.item(node, segment);
        if (next === undefined) return undefined;
      }
      if (next === null) break;
      node = next;
    }
    const chosen = target === 'key' && keyNode !== undefined ? keyNode : node;
    const head = chosen === null ? null : tree.head(chosen);
    if (head === undefined) return undefined;
    if (head === null) return toRange(0, firstLineEnd(text));
    return toRange(head[0], head[1]);
  };
}

/** The tree of a `yaml` Document (the package is passed in: it is loaded only when needed). */
export function yamlTree(doc: Yaml.Document, yaml: typeof Yaml): NodeTree<Yaml.Node> {
  const { isAlias, isCollection, isMap, isPair, isScalar, isSeq } = yaml;
  type Node = Yaml.Node;
  const head = (node: Node): [number, number] | null => {
    if (!node.range) return null;
    const [start, end] = node.range;
    if (isMap(node) && !node.flow && node.items[0]) {
      const first = node.items[0];
      const key = first.key as Node | null;
      const value = first.value as Node | null;
      const keyStart = key?.range?.[0] ?? start;
      const stop = value?.range ? head(value)?.[1] ?? end : key?.range?.[1] ?? end;
      return [keyStart, stop];
    }
    if (isSeq(node) && !node.flow && node.items[0] && (node.items[0] as Node).range) {
      return [start, head(node.items[0] as Node)?.[1] ?? end];
    }
    return [start, end];
  };
  return {
    root: (doc.contents as Node | null) ?? null,
    kind: (node) => (isAlias(node) || !isCollection(node) ? 'leaf' : isMap(node) ? 'map' : 'seq'),
    pair(map, key) {
      if (!isMap(map)) return null;
      const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (!pair) return null;
      const keyNode = pair.key as Node;
      return { key: keyNode, value: (pair.value as Node | null) ?? keyNode };
    },
    item: (seq, index) => (isSeq(seq) ? (seq.items[index] as Node | undefined) ?? null : null),
    head,
  };
}

/** A one-character range at an offset (moved past spaces), for syntax problems. */
export function marker(text: string, linePos: LinePos) {
  return (offset: number, end = offset + 1): SourceRange => {
    while (text[offset] === ' ') offset++;
    const s = linePos(offset);
    const e = linePos(Math.max(end, offset + 1));
    // A range that runs onto the next line is shown as one character where it starts.
    return e.line === s.line
      ? { line: s.line, column: s.col, endLine: e.line, endColumn: e.col }
      : { line: s.line, column: s.col, endLine: s.line, endColumn: s.col + 1 };
  };
}

/** The offsets where the lines of a text start (the first is 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based index of the line that holds an offset, from the offsets where lines start. */
export function lineIndex(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** 1-based line and column of an offset, from the offsets where lines start (computed from `text` when not given). */
export function linePosition(text: string, starts: readonly number[] = lineStarts(text)): LinePos {
  return (offset) => {
    const line = lineIndex(starts, offset);
    return { line: line + 1, col: offset - starts[line]! + 1 };
  };
}

function trimEnd(text: string, start: number, lineEnd: number): number {
  let end = lineEnd;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
  return trimEnd(text, 0, nl === -1 ? text.length : nl);
}

/** Where a node lies in the text: 0-based offsets (end exclusive, on its real last line) and 1-based positions. */
export interface NodeSpan {
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Every located node of a document, both ways: `spanOf(path)` gives the whole extent of the node at a path
 * (its key with `target: 'key'`), `pathAt(offset)` the innermost path whose key or value holds an offset.
 * Built on the `yaml` package's node ranges, for fixes and the language server.
 */
export function nodeIndex(doc: Yaml.Document, yaml: typeof Yaml, text: string) {
  const linePos = linePosition(text);
  const span = (start: number, end: number): NodeSpan => {
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    const s = linePos(start);
    const e = linePos(end);
    return { offset: start, endOffset: end, line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
  };
  const rangeOf = (node: Yaml.Node | null | undefined) => (node?.range ? span(node.range[0], node.range[1]) : undefined);
  const children = (node: Yaml.Node): { segment: string | number; key?: Yaml.Node; value: Yaml.Node | null }[] => {
    if (yaml.isMap(node)) return node.items.filter((p) => yaml.isScalar(p.key)).map((p) => ({ segment: String((p.key as Yaml.Scalar).value), key: p.key as Yaml.Node, value: (p.value as Yaml.Node | null) ?? null }));
    if (yaml.isSeq(node)) return node.items.map((item, i) => ({ segment: i, value: item as Yaml.Node }));
    return [];
  };
  return {
    spanOf(path: Path, target: Target = 'value'): NodeSpan | undefined {
      let node = doc.contents as Yaml.Node | null;
      let key: Yaml.Node | undefined;
      for (const segment of path) {
        const child = node ? children(node).find((c) => c.segment === segment) : undefined;
        if (!child) return undefined;
        key = child.key;
        node = child.value;
      }
      return target === 'key' && key ? rangeOf(key) : rangeOf(node) ?? rangeOf(key);
    },
    /** Where an editor's cursor is: the scalar under it, or the empty value it is about to type. */
    placeAt(offset: number): Place | undefined {
      return placeIn(doc.contents as Yaml.Node | null, [], offset, text, yaml);
    },
    pathAt(offset: number): Path {
      const path: (string | number)[] = [];
      let node = doc.contents as Yaml.Node | null;
      const inside = (n: Yaml.Node | null | undefined) => {
        const r = rangeOf(n);
        return r !== undefined && offset >= r.offset && offset <= r.endOffset;
      };
      for (;;) {
        const child = node ? children(node).find((c) => inside(c.key) || inside(c.value)) : undefined;
        if (!child) return path;
        path.push(child.segment);
        if (!child.value || !inside(child.value)) return path;
        node = child.value;
      }
    },
  };
}

/** Where the cursor is in a document: the path of the node under it, and whether it is on a key or a value. */
export interface Place {
  path: Path;
  target: Target;
  /** Offsets of the scalar under the cursor (empty at the cursor when there is none yet). */
  start: number;
  end: number;
  /** The text of the scalar under the cursor, as written. */
  word: string;
}

function placeIn(node: Yaml.Node | null, path: Path, offset: number, text: string, yaml: typeof Yaml): Place | undefined {
  if (!node || !node.range) return undefined;
  const emptyAt = (key: string | number): Place => ({ path: [...path, key], target: 'value', start: offset, end: offset, word: '' });
  if (yaml.isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Yaml.Node | null;
      if (!key?.range || !yaml.isScalar(key)) continue;
      const name = String(key.value);
      const [ks, ke] = key.range;
      if (offset >= ks && offset <= ke) {
        return { path: [...path, name], target: 'key', start: ks, end: ke, word: text.slice(ks, ke) };
      }
      const value = pair.value as Yaml.Node | null;
      const inside = value?.range && offset >= value.range[0] && offset <= value.range[1];
      if (inside) return placeIn(value, [...path, name], offset, text, yaml) ?? emptyAt(name);
      // "type: |" with nothing typed yet: the cursor is after the colon, on the key's line.
      const colon = text.indexOf(':', ke);
      const empty = !value || (yaml.isScalar(value) && value.value === null && !!value.range && value.range[0] === value.range[1]);
      if (empty && colon !== -1 && offset > colon && !text.slice(colon, offset).includes('\n')) return emptyAt(name);
    }
    return undefined;
  }
  if (yaml.isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const child = item as Yaml.Node | null;
      if (child?.range && offset >= child.range[0] && offset <= child.range[1]) return placeIn(child, [...path, i], offset, text, yaml) ?? emptyAt(i);
    }
    // In a flow list, between items or after the last comma: a new item.
    if (node.flow && offset > node.range[0] && offset < node.range[1]) return { path: [...path, node.items.length], target: 'value', start: offset, end: offset, word: '' };
    return undefined;
  }
  if (yaml.isScalar(node)) {
    const [s, e] = node.range;
    return { path, target: 'value', start: s, end: e, word: text.slice(s, e) };
  }
  return undefined;
}
