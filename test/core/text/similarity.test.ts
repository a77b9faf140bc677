import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { candidatePairs, jaccard, normalizeText, shingles } from '../../../src/core/text/similarity.js';

function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

describe('normalizeText', () => {
  test('reads plain ASCII exactly as the full Unicode path does', () => {
    // A trailing " é" sends the text down the full path; it adds " e" and nothing else.
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))) }), (text) => {
      expect(normalizeText(`${text} é`)).toBe([normalizeText(text), 'e'].filter(Boolean).join(' '));
    }), { numRuns: 500 });
    expect(normalizeText("Don't WAIT: book `now`, 20 % off!")).toBe('dont wait book now 20 off');
  });
});

describe('candidatePairs with a minimum similarity', () => {
  test('keeps every pair at or above it that the unfiltered pairs hold, and drops some of the others', () => {
    // Messages built from shared marketing phrases (as generated strategies are), then near copies of some.
    const r = seeded(7);
    const pick = (list: string[]) => list[r.int(list.length)]!;
    const openers = ['Short on time?', 'New in town?', 'Busy week?', 'Spring is here.', 'Road trip soon?', 'Moving house?'];
    const services = ['oil change', 'brake check', 'tyre swap', 'MOT test', 'battery swap', 'full service'];
    const benefits = ['get it done in 30 minutes', 'skip the queue with an online slot', 'see the full price before you book', 'get a courtesy car for the day'];
    const offers = ['and save 15 % this month', 'with a free car wash included', 'and a coffee while you wait', 'with a price-match promise'];
    const messages = Array.from({ length: 3000 }, (_, i) => `${pick(openers)} Your ${pick(services)} ${pick(benefits)} ${pick(offers)}. Ref. ${i}.`);
    // Near copies with a few words changed, at every similarity.
    for (let i = 0; i < 300; i++) messages.push(messages[r.int(messages.length)]!.split(' ').map((w) => (r.next() < 0.15 ? 'changed' : w)).join(' '));
    const sets = messages.map((m) => shingles(normalizeText(m)));
    const similar = (pairs: [number, number][], t: number) => pairs.filter(([a, b]) => jaccard(sets[a]!, sets[b]!) >= t).map((p) => p.join('-')).sort();
    const all = candidatePairs(sets);
    for (const threshold of [0.5, 0.8, 0.95]) {
      const filtered = candidatePairs(sets, threshold);
      expect(similar(filtered, threshold)).toEqual(similar(all, threshold));
      expect(similar(all, threshold).length).toBeGreaterThan(10);
    }
    expect(candidatePairs(sets, 0.95).length).toBeLessThan(all.length);
  });
});
