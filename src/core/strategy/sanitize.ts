import { strategySchema } from '../schema.js';
import { isRecord } from './describe.js';
import type { Channel, FunnelStage, Journey, Path, Persona, Strategy } from './types.js';

/**
 * The strategy as rules see it: every node the schema rejected is left out, so a rule never reports again
 * what the schema already did. Lists keep their indexes (rejected items leave holes): iterate them with
 * forEach, filter, some or every; never with for…of, spread, Array.from or new Set(list.map(…)), which turn
 * holes into undefined (use list.filter(Boolean) first when you need a dense list).
 */
export type LintStrategy = Partial<Omit<Strategy, 'personas' | 'channels' | 'funnel' | 'journeys'>> & {
  personas: Persona[];
  channels: Channel[];
  funnel: FunnelStage[];
  journeys: Journey[];
};

/** What sanitizing needs to know of a schema problem: its keyword and where it is. */
export interface RejectedNode {
  keyword: string;
  path: Path;
}

const KEEPS_NODE = new Set(['required', 'minItems']);

/**
 * The strategy without the nodes the schema rejected, and without the user's own x-… data.
 * A list item that misses a required key (or whose required key was rejected) is left out too: rules
 * could not name it. `problems` are what checkSchema found in `value`: an item it did not reject has its required keys.
 */
export function sanitize(value: unknown, problems: readonly RejectedNode[]): LintStrategy {
  const rejected: Trie = new Map();
  for (const p of problems) {
    if (!KEEPS_NODE.has(p.keyword) || (p.keyword === 'required' && typeof p.path[p.path.length - 1] === 'number')) reject(rejected, p.path);
  }
  // `marks` follows the path down the tree of rejected paths; undefined once no rejected path lies below.
  // A node is copied only when something below it is left out: a valid strategy is not copied at all.
  // Plain loops, and no call for a scalar (most of the nodes), which is kept as it is.
  const clone = (node: unknown, marks: Trie | undefined, schema: SchemaNode | undefined): unknown => {
    if (Array.isArray(node)) {
      const items = resolve(schema?.items);
      let out: unknown[] | undefined;
      for (let i = 0; i < node.length; i++) {
        if (!(i in node)) continue; // a hole stays one
        const item: unknown = node[i];
        const below = marks?.get(i);
        const copy = below === REJECTED ? undefined : typeof item === 'object' && item !== null ? clone(item, below, items) : item;
        // An item left as it is has every required key: the schema would have rejected it otherwise.
        const kept = copy !== undefined && (copy === item || !isRecord(copy) || (items?.required ?? []).every((k) => k in copy));
        if (!out && (!kept || copy !== item)) out = node.slice(0, i);
        if (out && kept) out[i] = copy;
      }
      if (out) out.length = node.length;
      return out ?? node;
    }
    if (isRecord(node)) {
      let out: Record<string, unknown> | undefined;
      const keys = Object.keys(node);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const value = node[k];
        const below = marks?.get(k);
        // x and x-…: the user's own data.
        const dropped = k === '__proto__' || k === 'x' || k.startsWith('x-') || below === REJECTED;
        const copy = dropped ? undefined : typeof value === 'object' && value !== null ? clone(value, below, resolve(schema?.properties?.[k])) : value;
        if (!out && (copy === undefined || copy !== value)) out = Object.fromEntries(keys.slice(0, i).map((key) => [key, node[key]]));
        if (out && copy !== undefined) out[k] = copy;
      }
      return out ?? node;
    }
    return node;
  };
  const root = rejected.get(ROOT) === REJECTED ? undefined : clone(value, rejected, strategySchema as SchemaNode);
  const base = isRecord(root) ? root : {};
  const list = (name: string): never[] => (Array.isArray(base[name]) ? (base[name] as never[]) : []);
  return { ...base, personas: list('personas'), channels: list('channels'), funnel: list('funnel'), journeys: list('journeys') };
}

// Rejected paths as a tree, so that copying the strategy costs no path bookkeeping per node (10,000 channels
// hold about half a million nodes). Map keys keep 0 and "0" apart, as paths do.
type Trie = Map<string | number | symbol, Trie | typeof REJECTED>;
const REJECTED = Symbol('rejected');
const ROOT = Symbol('root');

function reject(trie: Trie, path: Path): void {
  if (path.length === 0) {
    trie.set(ROOT, REJECTED);
    return;
  }
  let node = trie;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = node.get(segment);
    if (next === REJECTED) return;
    if (i === path.length - 1) node.set(segment, REJECTED);
    else if (next) node = next;
    else {
      const created: Trie = new Map();
      node.set(segment, created);
      node = created;
    }
  }
}

interface SchemaNode {
  $ref?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
}

// Resolved once per schema node: sanitizing asks for every node of the strategy, half a million of them.
const resolved = new Map<SchemaNode, SchemaNode | undefined>();
function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (node === undefined) return undefined;
  const known = resolved.get(node);
  if (known !== undefined || resolved.has(node)) return known;
  const ref = node.$ref?.replace('#/$defs/', '');
  const found = ref ? (strategySchema.$defs as Record<string, SchemaNode>)[ref] : node;
  resolved.set(node, found);
  return found;
}
