import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Path } from '../index.js';

const require = createRequire(import.meta.url);
const yaml = require('yaml') as typeof Yaml;

/** Where the cursor is in the strategy: the path of the node under it, and whether it is on a key or a value. */
export interface Place {
  path: Path;
  target: 'key' | 'value';
  /** Offsets of the scalar under the cursor (empty at the cursor when there is none yet). */
  start: number;
  end: number;
  /** The text of the scalar under the cursor, as written. */
  word: string;
}

/**
 * A strategy as the editor holds it: read with the `yaml` package, which keeps going after a syntax error,
 * so half-typed lines still tell where the cursor is.
 */
export class StrategyDocument {
  readonly doc: Yaml.Document;
  /** The document as plain data (empty when it cannot be read). */
  readonly data: Record<string, unknown>;

  constructor(readonly text: string) {
    this.doc = yaml.parseDocument(text, { prettyErrors: false, logLevel: 'silent', uniqueKeys: false, version: '1.2' });
    let data: unknown;
    try {
      data = this.doc.toJS({ maxAliasCount: 100 });
    } catch {
      data = undefined;
    }
    this.data = isRecord(data) ? data : {};
  }

  /** The value at a path in the data. */
  get(path: Path): unknown {
    let node: unknown = this.data;
    for (const key of path) {
      if (Array.isArray(node) && typeof key === 'number') node = node[key];
      else if (isRecord(node) && Object.hasOwn(node, String(key))) node = node[String(key)];
      else return undefined;
    }
    return node;
  }

  /** Offsets of the node at a path (its key when `target` is key); undefined when it is not in the file. */
  range(path: Path, target: 'key' | 'value' = 'value'): [number, number] | undefined {
    let node: unknown = this.doc.contents;
    let key: Yaml.Node | undefined;
    for (const segment of path) {
      key = undefined;
      if (yaml.isMap(node)) {
        const pair = node.items.find((p) => yaml.isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return undefined;
        key = pair.key as Yaml.Node;
        node = pair.value;
      } else if (yaml.isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
      } else {
        return undefined;
      }
    }
    const chosen = target === 'key' ? key : (node as Yaml.Node | null | undefined);
    return chosen?.range ? [chosen.range[0], chosen.range[1]] : undefined;
  }

  /** The place of the cursor at `offset`. */
  placeAt(offset: number): Place | undefined {
    return walk(this.doc.contents as Yaml.Node | null, [], offset, this.text);
  }
}

function walk(node: Yaml.Node | null, path: Path, offset: number, text: string): Place | undefined {
  if (!node || !node.range) return undefined;
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
      if (inside) return walk(value, [...path, name], offset, text) ?? emptyAt(path, name, offset);
      // "type: |" with nothing typed yet: the cursor is after the colon, on the key's line.
      const colon = text.indexOf(':', ke);
      if ((!value || isEmpty(value)) && colon !== -1 && offset > colon && !text.slice(colon, offset).includes('\n')) return emptyAt(path, name, offset);
    }
    return undefined;
  }
  if (yaml.isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const child = item as Yaml.Node | null;
      if (child?.range && offset >= child.range[0] && offset <= child.range[1]) return walk(child, [...path, i], offset, text) ?? emptyAt(path, i, offset);
    }
    // In a flow list, between items or after the last comma: a new item.
    if (node.flow && offset > node.range[0] && offset < node.range[1]) return { path: [...path, node.items.length], target: 'value', start: offset, end: offset, word: '' };
    return undefined;
  }
  if (yaml.isScalar(node)) {
    const [s, e] = node.range;
    const raw = text.slice(s, e);
    return { path, target: 'value', start: s, end: e, word: raw };
  }
  return undefined;
}

function emptyAt(path: Path, key: string | number, offset: number): Place {
  return { path: [...path, key], target: 'value', start: offset, end: offset, word: '' };
}

function isEmpty(node: Yaml.Node): boolean {
  return yaml.isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
