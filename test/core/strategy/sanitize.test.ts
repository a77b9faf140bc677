import fc from 'fast-check';
import { expect, test } from 'vitest';
import { strategySchema } from '../../../src/core/schema.js';
import { isRecord } from '../../../src/core/strategy/describe.js';
import { sanitize } from '../../../src/core/strategy/sanitize.js';
import { checkSchema } from '../../../src/core/strategy/schema-check.js';
import { anyValue, strategyShaped } from '../../robustness/arbitraries.js';

const RUNS = Number(process.env.MCM_FUZZ_RUNS ?? 500);

interface SchemaNode { $ref?: string; items?: SchemaNode; properties?: Record<string, SchemaNode>; required?: string[] }
const defs = strategySchema.$defs as Record<string, SchemaNode>;
const resolve = (node: SchemaNode | undefined) => (node?.$ref ? defs[node.$ref.replace('#/$defs/', '')] : node);

/** The places in a sanitized strategy that break its promise: a list item without a key its schema requires, or the user's own data. */
function broken(value: unknown, schema: SchemaNode | undefined, at = ''): string[] {
  if (Array.isArray(value)) {
    const items = resolve(schema?.items);
    return value.flatMap((item, i) => [
      ...(isRecord(item) ? (items?.required ?? []).filter((k) => !(k in item)).map((k) => `${at}/${i} has no ${k}`) : []),
      ...broken(item, items, `${at}/${i}`),
    ]);
  }
  if (!isRecord(value)) return [];
  return Object.keys(value).flatMap((k) => (k === 'x' || k.startsWith('x-') || k === '__proto__' ? [`${at}/${k} kept`] : broken(value[k], resolve(schema?.properties?.[k]), `${at}/${k}`)));
}

test('rules see no list item without its required keys and none of the user\'s own data (property)', () => {
  const value = fc.oneof(strategyShaped, fc.record({ channels: fc.array(fc.oneof(anyValue, fc.record({ id: fc.string(), type: fc.constantFrom('email', 'sms'), 'x-note': anyValue }, { requiredKeys: [] }))) }));
  fc.assert(fc.property(value, (strategy) => {
    expect(broken(sanitize(strategy, checkSchema(strategy)), strategySchema as SchemaNode)).toEqual([]);
  }), { numRuns: RUNS });
});

test('a valid list item is kept as it is, and an item whose required key was rejected is left out', () => {
  const channel = { id: 'email', type: 'email', kpis: [{ metric: 'open_rate', target: 0.3 }] };
  const strategy = { mcm: 1, name: 'Spring', channels: [channel, { id: 'sms', type: 12 }, { id: 'push', type: 'push', 'x-note': 'ours' }] };
  const sanitized = sanitize(strategy, checkSchema(strategy));
  expect(sanitized.channels[0]).toBe(channel);
  expect(1 in sanitized.channels).toBe(false);
  expect(sanitized.channels[2]).toEqual({ id: 'push', type: 'push' });
  expect(sanitized.channels).toHaveLength(3);
});
