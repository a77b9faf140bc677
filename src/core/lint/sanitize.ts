import { strategySchema } from '../schema.js';
import type { Path } from '../strategy/types.js';
import type { LintStrategy } from './define-rule.js';
import { isRecord } from './describe.js';
import type { SchemaProblem } from './schema-check.js';

const KEEPS_NODE = new Set(['required', 'minItems']);

/**
 * The strategy without the nodes the schema rejected, and without the user's own x-… data.
 * A list item that misses a required key (or whose required key was rejected) is left out too: rules
 * could not name it.
 */
export function sanitize(value: unknown, problems: SchemaProblem[]): LintStrategy {
  const rejected = new Set<string>();
  for (const p of problems) {
    if (!KEEPS_NODE.has(p.messageId)) rejected.add(key(p.path));
    else if (p.messageId === 'required' && typeof p.path[p.path.length - 1] === 'number') rejected.add(key(p.path));
  }
  const clone = (node: unknown, path: (string | number)[], schema: SchemaNode | undefined): unknown => {
    if (rejected.has(key(path))) return undefined;
    if (Array.isArray(node)) {
      const items = resolve(schema?.items);
      const out: unknown[] = new Array(node.length);
      node.forEach((item, i) => {
        const copy = clone(item, [...path, i], items);
        const complete = !isRecord(copy) || (items?.required ?? []).every((k) => k in copy);
        if (copy !== undefined && complete) out[i] = copy;
      });
      return out;
    }
    if (isRecord(node)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(node)) {
        if (k === '__proto__' || k === 'x' || k.startsWith('x-')) continue;
        const copy = clone(node[k], [...path, k], resolve(schema?.properties?.[k]));
        if (copy !== undefined) out[k] = copy;
      }
      return out;
    }
    return node;
  };
  const root = clone(value, [], strategySchema as SchemaNode);
  const base = isRecord(root) ? root : {};
  const list = (name: string): never[] => (Array.isArray(base[name]) ? (base[name] as never[]) : []);
  return { ...base, personas: list('personas'), channels: list('channels'), funnel: list('funnel'), journeys: list('journeys') };
}

function key(path: Path): string {
  return JSON.stringify(path);
}

interface SchemaNode {
  $ref?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
}

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref?.replace('#/$defs/', '');
  return ref ? (strategySchema.$defs as Record<string, SchemaNode>)[ref] : node;
}
