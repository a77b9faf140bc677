import fc from 'fast-check';
import { dump } from 'js-yaml';
import { stringify } from 'yaml';

// Keys and values that reach every rule and every corner of the schema.
const KEYS = ['mcm', 'name', 'goal', 'usp', 'personas', 'channels', 'funnel', 'journeys', 'budget', 'brand', 'id', 'type', 'content',
  'message', 'kpis', 'metric', 'target', 'stage', 'steps', 'persona', 'channel', '__proto__', 'constructor', 'x-notes', 'prototype'];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));
export const anyValue = fc.anything({ key, maxDepth: 4, maxKeys: 6, withNullPrototype: true });
const idish = fc.oneof(fc.constantFrom('email', 'website', 'busy-commuter', 'awareness', '__proto__', 'constructor', ''), anyValue);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('Save 20 %*', 'Book now: 2 taps', '"Quoted"', 'a # b', '- not a list', 'yes', '0x1F', '1e3', '.5', '-.5', ''));

const channel = fc.record({
  id: idish, type: idish, name: anyValue, personas: fc.oneof(fc.array(idish, { maxLength: 3 }), anyValue), budget: anyValue,
  content: fc.oneof(fc.record({ format: idish, message: fc.oneof(text, anyValue), cta: anyValue, link: anyValue, tone: idish }, { requiredKeys: [] }), anyValue),
  kpis: fc.oneof(fc.array(fc.record({ metric: idish, target: anyValue, baseline: anyValue }, { requiredKeys: [] }), { maxLength: 3 }), anyValue),
}, { requiredKeys: [] });

/** Values shaped like a strategy, with arbitrary values in every field. */
export const strategyShaped = fc.record({
  mcm: fc.oneof(fc.constant(1), anyValue), name: fc.oneof(text, anyValue), approach: idish, usp: fc.oneof(text, anyValue), brand: anyValue, budget: anyValue,
  goal: fc.oneof(fc.record({ statement: fc.oneof(text, anyValue), metric: idish, target: anyValue, deadline: anyValue }, { requiredKeys: [] }), anyValue),
  personas: fc.oneof(fc.array(fc.record({ id: idish, name: anyValue, segment: idish, preferred_channels: fc.array(idish, { maxLength: 3 }) }, { requiredKeys: [] }), { maxLength: 4 }), anyValue),
  channels: fc.oneof(fc.array(channel, { maxLength: 6 }), anyValue),
  funnel: fc.oneof(fc.array(fc.record({ stage: idish, channels: fc.array(idish, { maxLength: 3 }) }, { requiredKeys: [] }), { maxLength: 5 }), anyValue),
  journeys: fc.oneof(fc.array(fc.record({ persona: idish, steps: fc.array(fc.record({ channel: idish, stage: idish }, { requiredKeys: [] }), { maxLength: 3 }) }, { requiredKeys: [] }), { maxLength: 2 }), anyValue),
}, { requiredKeys: [] });

const STRING_TYPES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

/** YAML text for a value, in the many styles that two emitters produce: block and flow, every kind of string, narrow lines. */
export const yamlText = (value: fc.Arbitrary<unknown>) => fc.oneof(
  fc.tuple(value, fc.record({
    collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    defaultStringType: fc.constantFrom(...STRING_TYPES),
    defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
    indent: fc.constantFrom(2, 4),
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 80),
    flowCollectionPadding: fc.boolean(),
  })).map(([v, options]) => stringify(v, options) ?? ''),
  fc.tuple(value, fc.record({ flowLevel: fc.constantFrom(-1, 1, 2), lineWidth: fc.constantFrom(-1, 20, 80), noArrayIndent: fc.boolean(), quotingType: fc.constantFrom("'", '"'), forceQuotes: fc.boolean() }))
    .map(([v, options]) => { try { return dump(v, { ...options, skipInvalid: true }); } catch { return stringify(v) ?? ''; } }),
);

// Edits that break YAML structure in the places where it is most fragile.
const SNIPPETS = ['\n', ': ', '- ', '  ', '\t', '"', "'", '#', '{', '}', '[', ']', ',', '&a ', '*a', '<<: *a', '!!binary ', '|', '>', '|2-', '? ', '---\n', '--- ',
  '...\n', '__proto__: ', '\uFEFF', '\r', '\0', '😀', '!!str ', '!!int ', '%YAML 1.1\n', '@', '`', '%', '\\U0011FFFF', '\\x', '\u2028', '\u0085', '\u00a0', ':', '-'];
const edit = fc.oneof(
  fc.tuple(fc.constant('insert'), fc.nat(), fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 4 }))),
  fc.tuple(fc.constant('line'), fc.nat(), fc.constantFrom('duplicate', 'indent', 'dedent', 'drop')),
  fc.tuple(fc.constant('delete'), fc.nat(), fc.integer({ min: 1, max: 40 })),
  fc.tuple(fc.constant('cut'), fc.nat(), fc.constant(0)),
);

/** A text with random edits: insertions of YAML punctuation, deletions, a cut. */
export const edited = (base: string) => fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
  let out = base;
  for (const [kind, at, arg] of edits) {
    const i = at % (out.length + 1);
    if (kind === 'line') out = editLine(out, i, String(arg));
    else if (kind === 'insert') out = out.slice(0, i) + String(arg) + out.slice(i);
    else if (kind === 'delete') out = out.slice(0, i) + out.slice(i + Number(arg));
    else out = out.slice(0, i);
  }
  return out;
});

function editLine(text: string, at: number, how: string): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const stop = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at) + 1;
  const line = text.slice(start, stop);
  const changed = how === 'duplicate' ? line + line : how === 'indent' ? '  ' + line : how === 'dedent' ? line.replace(/^ {1,2}/, '') : '';
  return text.slice(0, start) + changed + text.slice(stop);
}
