import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Path, SourceRange } from './types.js';

export type Target = 'value' | 'key';

/** Maps a path to the range of its YAML node. Where the path leads to nothing, the nearest existing ancestor. */
export function createLocator(doc: Document, lineCounter: LineCounter, text: string) {
  const toRange = (start: number, end: number): SourceRange => {
    const s = lineCounter.linePos(start);
    // Multi-line nodes are shown by their first line: editors and terminals point at a line, not a block.
    const lineEnd = text.indexOf('\n', start);
    if (lineEnd !== -1 && end > lineEnd) end = trimEnd(text, start, lineEnd);
    if (end <= start) end = Math.min(text.length, start + 1);
    const e = lineCounter.linePos(end);
    return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
  };

  const head = (node: Node): [number, number] => {
    const [start, end] = node.range ?? [0, 0];
    if (isMap(node) && !node.flow && node.items[0]) {
      const first = node.items[0];
      const key = first.key as Node | null;
      const value = first.value as Node | null;
      const keyStart = key?.range?.[0] ?? start;
      const stop = value?.range ? head(value)[1] : key?.range?.[1] ?? end;
      return [keyStart, stop];
    }
    if (isSeq(node) && !node.flow && node.items[0] && (node.items[0] as Node).range) {
      return [start, head(node.items[0] as Node)[1]];
    }
    return [start, end];
  };

  return function locate(path: Path, target: Target = 'value'): SourceRange {
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    for (const segment of path) {
      if (isAlias(node) || !isCollection(node)) break;
      let next: unknown;
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyString(p.key) === String(segment));
        if (pair) {
          keyNode = pair.key as Node;
          next = pair.value ?? pair.key;
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (!next) break;
      node = next;
    }
    const chosen = target === 'key' && keyNode ? keyNode : (node as Node | null);
    if (!chosen?.range) return toRange(0, firstLineEnd(text));
    const [start, end] = head(chosen);
    return toRange(start, end);
  };
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
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
