import type { NodeTree } from './locate.js';

/** js-yaml's node kinds, as numbers (0 for a node without content). */
export const KIND = { scalar: 1, mapping: 2, sequence: 3 } as const;

/**
 * The nodes in the order they open (so a node's descendants follow it), in typed arrays: 10,000 channels
 * make about 450,000 of them. A node's children are `id + 1`, then each next one at the end of the previous.
 */
export class Nodes {
  count = 0;
  open = new Int32Array(1024);
  close = new Int32Array(1024);
  /** The id after the node's last descendant. */
  end = new Int32Array(1024);
  kind = new Uint8Array(1024);
  result: unknown[] = [];

  add(position: number): number {
    if (this.count === this.open.length) {
      const grow = <T extends Int32Array | Uint8Array>(array: T, bigger: T): T => (bigger.set(array), bigger);
      const size = this.count * 2;
      this.open = grow(this.open, new Int32Array(size));
      this.close = grow(this.close, new Int32Array(size));
      this.end = grow(this.end, new Int32Array(size));
      this.kind = grow(this.kind, new Uint8Array(size));
    }
    this.open[this.count] = position;
    this.result.push(null);
    return this.count++;
  }

  finish(id: number, position: number, kind: number, result: unknown): void {
    this.close[id] = position;
    this.end[id] = this.count;
    this.kind[id] = kind;
    this.result[id] = result;
  }
}

/** Flow mappings up to this many pairs are checked without building their map of pairs. */
const SMALL = 16;

/** The tree, or undefined when a flow mapping has a key that is not text (each parser turns it into another string). */
export function nodeTree(text: string, nodes: Nodes): NodeTree<number> | undefined {
  const { open, end: subtreeEnd, kind, result } = nodes;
  const inner = (id: number): number => innermost(nodes, id);
  const children = new Map<number, number[]>();
  const childrenOf = (id: number): number[] => {
    let list = children.get(id);
    if (!list) {
      list = [];
      for (let c = id + 1; c < subtreeEnd[id]!; c = subtreeEnd[c]!) list.push(inner(c));
      children.set(id, list);
    }
    return list;
  };
  // An empty sequence item has no node of its own: such a list is left to the yaml package.
  const itemsOf = (id: number): number[] | undefined => {
    const list = childrenOf(id);
    const own = result[id];
    return Array.isArray(own) && own.length === list.length ? list : undefined;
  };
  const start = (id: number): number => contentStart(text, nodes, id);
  const end = (id: number): number => contentEnd(text, nodes, id);
  const flow = (id: number) => text[start(id)] === '{' || text[start(id)] === '[';
  const explicit = (id: number) => {
    let i = start(id) - 1;
    while (text[i] === ' ') i--;
    return text[i] === '?';
  };
  /** Where a key's ":" would be: after the spaces that follow it; an explicit key (? key) has it on the next line. */
  const colonAfter = (key: number) => {
    let after = end(key);
    while (text[after] === ' ') after++;
    if ((text[after] === '\n' || text[after] === '\r') && explicit(key)) {
      if (text[after] === '\r') after++;
      after++;
      while (text[after] === ' ') after++;
    }
    return after;
  };

  // An empty value in a flow mapping whose closing bracket is on a later line ("{\nk: \n}"): the yaml package places it
  // from the colon to the next line, js-yaml at the bracket. Such a mapping is left to the yaml package.
  const emptyAcrossLines = (colon: number, value: number) => {
    if (kind[value] !== 0 || text[start(value)] === '*') return false;
    for (let i = colon + 1; i < open[value]!; i++) if (text[i] === '\n') return true;
    return false;
  };

  const pairs = new Map<number, Map<string, { key: number; value: number }> | undefined>();
  const pairsOf = (id: number) => {
    if (pairs.has(id)) return pairs.get(id);
    const list = childrenOf(id);
    const map = new Map<string, { key: number; value: number }>();
    let count = 0;
    let ok = true;
    for (let i = 0; i < list.length && ok; count++) {
      const key = list[i]!;
      if (kind[key] !== KIND.scalar || typeof result[key] !== 'string') ok = false;
      const after = colonAfter(key);
      const next = list[i + 1];
      const hasValue = text[after] === ':' && next !== undefined && open[next]! > after;
      if (hasValue && flow(id) && emptyAcrossLines(after, next!)) ok = false;
      if (!map.has(String(result[key]))) map.set(String(result[key]), { key, value: hasValue ? next! : key });
      i += hasValue ? 2 : 1;
    }
    const own = result[id];
    const settled = ok && typeof own === 'object' && own !== null && Object.keys(own).length === count && map.size === count ? map : undefined;
    pairs.set(id, settled);
    return settled;
  };

  const head = (id: number): [number, number] | undefined => {
    if (kind[id] === KIND.mapping && !flow(id)) {
      const entries = pairsOf(id);
      if (!entries) return undefined;
      const first = entries.values().next().value;
      if (first) {
        const stop = first.value === first.key ? end(first.key) : head(first.value)?.[1];
        return stop === undefined ? undefined : [start(first.key), stop];
      }
    }
    if (kind[id] === KIND.sequence && !flow(id)) {
      const items = itemsOf(id);
      if (!items) return undefined;
      const first = items[0];
      if (first !== undefined) {
        const stop = head(first)?.[1];
        return stop === undefined ? undefined : [start(id), stop];
      }
    }
    // An alias (*name) is placed on its name, as the yaml package places it.
    if (kind[id] === 0) return text[start(id)] === '*' ? [start(id), aliasEnd(text, start(id))] : [start(id), start(id)];
    return [start(id), end(id)];
  };

  // In a flow mapping a key needs no ":" ({ [a, b] }), so only pairing its nodes shows that every key is text.
  // A small flow mapping ({ metric: x, target: 1 }, thousands of them) is checked as pairsOf checks it, in place,
  // without the map pairsOf keeps for locating: only the nodes a diagnostic asks for are paired that way.
  const list: number[] = [];
  const keys: string[] = [];
  const pairedAlike = (id: number): boolean => {
    list.length = 0;
    for (let c = id + 1; c < subtreeEnd[id]!; c = subtreeEnd[c]!) {
      if (list.length === 2 * SMALL) return pairsOf(id) !== undefined;
      list.push(inner(c));
    }
    keys.length = 0;
    for (let i = 0; i < list.length;) {
      const key = list[i]!;
      const name = result[key];
      if (kind[key] !== KIND.scalar || typeof name !== 'string' || keys.includes(name)) return false;
      keys.push(name);
      const after = colonAfter(key);
      const next = list[i + 1];
      const hasValue = text[after] === ':' && next !== undefined && open[next]! > after;
      if (hasValue && emptyAcrossLines(after, next!)) return false;
      i += hasValue ? 2 : 1;
    }
    const own = result[id];
    return typeof own === 'object' && own !== null && Object.keys(own).length === keys.length;
  };
  for (let id = 0; id < nodes.count; id++) {
    if (kind[id] === KIND.mapping && inner(id) === id && text[start(id)] === '{' && !pairedAlike(id)) return undefined;
  }

  return {
    root: inner(0),
    kind: (id) => (kind[id] === KIND.mapping ? 'map' : kind[id] === KIND.sequence ? 'seq' : 'leaf'),
    pair(id, key) {
      const entries = pairsOf(id);
      return entries === undefined ? undefined : entries.get(key) ?? null;
    },
    item(id, index) {
      const items = itemsOf(id);
      return items === undefined ? undefined : items[index] ?? null;
    },
    head,
  };
}

// js-yaml opens nested nodes for one YAML node (an entry, then the scalar it turns out to be): the innermost is the node.
function innermost(nodes: Nodes, id: number): number {
  const { end, kind, result } = nodes;
  let node = id;
  while (node + 1 < end[node]! && end[node + 1] === end[node] && Object.is(result[node + 1], result[node]) && kind[node + 1] === kind[node]) node++;
  return node;
}

/** Where a node's content starts, as the `yaml` package places it. */
function contentStart(text: string, nodes: Nodes, id: number): number {
  return skipToContent(text, nodes.open[id]!, nodes.kind[id] === 0);
}

/** Where a node's content ends, as the `yaml` package places it. */
export function contentEnd(text: string, nodes: Nodes, id: number): number {
  // js-yaml reads past a final line break it adds itself.
  let e = Math.min(nodes.close[id]!, text.length);
  const s = contentStart(text, nodes, id);
  // A block scalar (| or >) ends where its content does, trailing spaces included, as the yaml package has it.
  if (text[s] === '|' || text[s] === '>') return e;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  return Math.max(e, s);
}

/** A part of the text that holds one block mapping or list whole, on lines of its own. */
export interface Block {
  id: number;
  /** The start of the node's first line. */
  from: number;
  /** Past the line break of its last line. */
  to: number;
  /** Where its content starts (after the indentation, or the dashes of the lists it is an item of). */
  start: number;
}

/**
 * The innermost block mapping or list below the root whose lines hold `spot`: a part of the text the yaml package can
 * read alone (with its first line's dashes made spaces) to check how js-yaml read it. Undefined when only the whole
 * document holds the spot.
 */
export function blockAround(text: string, nodes: Nodes, spot: number): Block | undefined {
  const { open, close, end, kind } = nodes;
  const around: number[] = [];
  for (let node = innermost(nodes, 0); ;) {
    let inside: number | undefined;
    for (let c = node + 1; c < end[node]!; c = end[c]!) {
      if (open[c]! > spot) break;
      if (spot < close[c]!) inside = innermost(nodes, c);
    }
    if (inside === undefined || (kind[inside] !== KIND.mapping && kind[inside] !== KIND.sequence)) break;
    const start = contentStart(text, nodes, inside);
    if (text[start] === '{' || text[start] === '[') break;
    around.push(inside);
    node = inside;
  }
  while (around.length) {
    const id = around.pop()!;
    const start = contentStart(text, nodes, id);
    const from = text.lastIndexOf('\n', start - 1) + 1;
    const lastLine = text.indexOf('\n', contentEnd(text, nodes, id));
    const to = lastLine === -1 ? text.length : lastLine + 1;
    if (spot < from || spot >= to || !INDICATORS.test(text.slice(from, start))) continue;
    return { id, from, to, start };
  }
  return undefined;
}

/** What may stand before a block collection on its first line: indentation, and the dashes of the lists it is in. */
const INDICATORS = /^ *(?:- +)*$/;

/** Where a node's content starts, as the `yaml` package counts it: past spaces, line breaks, comments and a tag. */
function skipToContent(text: string, from: number, empty: boolean): number {
  let i = from;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t' || (!empty && (text[i] === '\n' || text[i] === '\r'))) i++;
    if (!empty && text[i] === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    // A tag (!name) or an anchor (&name) comes before the content.
    if (text[i] === '!' || text[i] === '&') {
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
      continue;
    }
    return i;
  }
}

/** Where an alias's name ends: at a space, a line break or a flow indicator. */
function aliasEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && !/[\s,\]}[{]/.test(text[i]!)) i++;
  return i;
}
