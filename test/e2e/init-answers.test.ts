import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { CHANNEL_TYPES } from '../../src/core/catalog/ids.js';
import { metrics } from '../../src/core/catalog/index.js';
import { lint } from '../../src/core/lint/engine.js';
import { STAGES } from '../../src/core/strategy/types.js';
import { fakeIo } from '../cli/fake-io.js';

// Answers files as people write them: plausible answers in every shape the file allows, and in half of
// the runs one answer replaced by something wrong (a typo, a wrong type, a value out of range).

const words = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const ratio = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('5%', '0.35', '12.5 %'));
const count = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('12,000', '250'));
const metricId = fc.constantFrom('open_rate', 'reach', 'conversions', 'click_through_rate', 'revenue', 'leads', 'my_own_metric', 'nps');
const targetFor = (metric: string) => (metric === 'nps' ? fc.integer({ min: -100, max: 100 }) : metrics[metric]?.ratio ? ratio : count);
const kpi = metricId.chain((metric) => fc.oneof(fc.constant(metric), fc.record({ metric: fc.constant(metric), target: targetFor(metric), baseline: maybe(targetFor(metric)) }, { requiredKeys: ['metric', 'target'] })));
const types = CHANNEL_TYPES.filter((t) => t !== 'custom');
const date = fc.date({ min: new Date('2100-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const persona = fc.record({
  name: words, segment: fc.constantFrom('b2c', 'b2b'),
  age: fc.oneof(fc.constantFrom('28-40', '45+', 30), fc.record({ min: fc.integer({ min: 18, max: 40 }), max: fc.integer({ min: 41, max: 90 }) })),
  description: words, motivations: fc.oneof(fc.array(words, { maxLength: 3 }), fc.constant('save time, fair prices')),
  preferred_channels: fc.uniqueArray(fc.constantFrom(...types), { maxLength: 3 }),
}, { requiredKeys: ['name'] });

const channel = fc.oneof(fc.constantFrom(...CHANNEL_TYPES), fc.record({
  type: fc.constantFrom(...CHANNEL_TYPES), name: words, owner: words,
  content: fc.record({ message: words, cta: words }, { requiredKeys: [] }),
  kpis: fc.uniqueArray(kpi, { minLength: 1, maxLength: 3, selector: (k) => (typeof k === 'string' ? k : k.metric) }),
}, { requiredKeys: ['type'] }));

const goal = metricId.chain((metric) => fc.record({ statement: words, metric: fc.constant(metric), target: targetFor(metric), baseline: targetFor(metric), deadline: date }, { requiredKeys: ['statement', 'metric', 'target'] }));

const plausible = fc.record({
  name: words, usp: words, goal, approach: fc.constantFrom('multichannel', 'cross-channel', 'omnichannel'), stack: fc.record({ crm: words }),
  brand: fc.record({ voice: fc.oneof(fc.uniqueArray(fc.constantFrom('warm', 'bold', 'clear', 'playful'), { maxLength: 3 }), fc.constant('friendly, straightforward')), core_message: words }, { requiredKeys: [] }),
  personas: fc.array(persona, { minLength: 1, maxLength: 3 }),
  channels: fc.array(channel, { minLength: 2, maxLength: 5 }),
  funnel: fc.dictionary(fc.constantFrom(...STAGES), fc.uniqueArray(fc.constantFrom(...types), { maxLength: 2 }), { maxKeys: 2 }),
  budget: fc.record({ total: fc.integer({ min: 0, max: 100000 }), currency: fc.constantFrom('EUR', 'usd', 'GBP') }),
}, { requiredKeys: [] });

const junk = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -5, max: 500 }), fc.constantFrom('', '  ', 'lots', '0,05', '2001-01-01', 'emial', 'Bad Id', 'a\nb'), fc.string({ unit: 'binary', maxLength: 6 }), fc.constant({ a: 1 }), fc.constant([1, 'x']));
const places: (string | number)[][] = [
  ['name'], ['usp'], ['approach'], ['goals'], ['goal', 'target'], ['goal', 'metric'], ['goal', 'deadline'], ['brand', 'voice'], ['stack', 'crm'],
  ['personas'], ['personas', 0, 'name'], ['personas', 0, 'segment'], ['personas', 0, 'age'], ['personas', 0, 'id'], ['personas', 0, 'preferred_channels'],
  ['channels'], ['channels', 1], ['channels', 0, 'kpis'], ['channels', 0, 'budget'], ['channels', 0, 'content'], ['funnel', 'awareness'], ['budget', 'currency'], ['budget', 'total'],
];

type Node = Record<string | number, unknown>;
const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object';

/** A copy of `value` with `replacement` at `path` (mappings created on the way as needed). */
function replaced(value: Node, path: (string | number)[], replacement: unknown): Node {
  const copy = structuredClone(value);
  let node = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (isNode(next)) {
      node = next;
    } else {
      const fresh: Node = {};
      node[key] = fresh;
      node = fresh;
    }
  }
  node[path[path.length - 1]!] = replacement;
  return copy;
}

const answers = fc.tuple(plausible, fc.option(fc.tuple(fc.constantFrom(...places), junk), { freq: 1 })).map(([value, wrong]) => (wrong ? replaced(value, wrong[0], wrong[1]) : value));

test('any answers file gives a strategy that lints with no errors, or exit 2 with one clear line and no file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-init-answers-'));
  const outcomes = { written: 0, refused: 0 };
  await fc.assert(fc.asyncProperty(answers, fc.boolean(), async (given, asJson) => {
    const file = join(dir, asJson ? 'answers.json' : 'answers.yaml');
    writeFileSync(file, asJson ? JSON.stringify(given) : stringify(given));
    rmSync(join(dir, 'out.yaml'), { force: true });
    const fake = fakeIo(dir);
    const code = await run(['init', 'out.yaml', '--answers', file, '--yes'], fake.io);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    if (code === 0) {
      outcomes.written++;
      expect(fake.stderr()).toBe('');
      const result = lint(readFileSync(join(dir, 'out.yaml'), 'utf8'));
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    } else {
      outcomes.refused++;
      expect(code).toBe(2);
      expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
      expect(fake.stderr()).toMatch(/^mcm: (?!internal error)[^\n]+\n$/);
    }
  }), { numRuns: 300 });
  // Both paths must be exercised, or the property says little: each in at least a tenth of the runs (about a
  // fifth is usual; the margin keeps the check from depending on the seed).
  expect(outcomes.written).toBeGreaterThanOrEqual(30);
  expect(outcomes.refused).toBeGreaterThanOrEqual(30);
}, 120_000);
