import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { alikeTexts, candidatePairs, jaccard, normalizeAscii, normalizeText, shingles, shingleSets, unorderedJaccard } from '../../../src/core/text/similarity.js';

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
    // A trailing " é" sends the text down the full path; it adds " é" and nothing else.
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))) }), (text) => {
      expect(normalizeText(`${text} é`)).toBe([normalizeText(text), 'é'].filter(Boolean).join(' '));
    }), { numRuns: 500 });
    expect(normalizeText("Don't WAIT: book `now`, 20 % off!")).toBe('donʼt wait book now 20 off');
  });

  test('the one-pass ASCII reading gives what the regular expressions give (property)', () => {
    const reference = (text: string) => text.toLowerCase().replace(/(?<=[a-z])['`](?=[a-z])/g, '\u02bc').replace(/[^a-z0-9\u02bc]+/g, ' ').trim();
    const unit = fc.constantFrom('a', 'Z', 'q', '0', '9', "'", '`', ' ', '-', '.', '!', '@', '[', '{', '~', 'B', 'y', '\x7e', ' ');
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
      expect(normalizeAscii(text)).toBe(reference(text));
    }), { numRuns: 3000 });
    const long = 'Ab\'c `d` '.repeat(2000);
    expect(normalizeAscii(long)).toBe(reference(long));
    expect([normalizeAscii(''), normalizeAscii(' \'a\' '), normalizeAscii("DON'T")]).toEqual(['', 'a', 'donʼt']);
  });

  test('every apostrophe inside a word is one character, kept: ʼ \' ’ ‘ ` are the same, no apostrophe is another word', () => {
    const forms = ["м'ясо", 'м’ясо', 'м‘ясо', 'мʼясо', 'м`ясо', 'м´ясо'].map(normalizeText);
    expect(new Set(forms).size).toBe(1);
    expect(forms[0]).toContain('ʼ');
    expect(normalizeText('мясо')).not.toBe(forms[0]);
    expect(normalizeText("D'fhág sí an siopa")).toBe(normalizeText('D’fhág sí an siopa'));
    // Around a word, an apostrophe is a quotation mark.
    expect(normalizeText("'Свято' вже тут")).toBe(normalizeText('Свято вже тут'));
  });

  test('diacritics are kept: Irish fadas, Polish and Ukrainian letters are letters of their own', () => {
    expect(normalizeText('Tá sé ar díol')).toBe('tá sé ar díol');
    expect(normalizeText('Tá sé ar díol')).not.toBe(normalizeText('Ta se ar diol'));
    expect(normalizeText('Zażółć gęślą jaźń')).toBe('zażółć gęślą jaźń');
    // Look-alikes fold (а → a, н → h), one letter to one letter; ї, й, ґ, є stay letters of their own.
    expect(normalizeText('Їжа, яйця, ґанок, єнот')).toBe('їжa яйця ґahok єhot');
    expect(normalizeText('її та йод')).not.toBe(normalizeText('іі та иод'));
    // Written decomposed (a letter, then its combining mark) it is the same word as written composed.
    expect(normalizeText('Ta\u0301 se\u0301')).toBe('tá sé');
    expect(normalizeText('всё')).not.toBe(normalizeText('все'));
  });

  test('no two letters of the Ukrainian, Russian, Polish, Irish or Greek alphabet become the same', () => {
    const alphabets = {
      uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ', ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
      pl: 'aąbcćdeęfghijklłmnńoóprsśtuwyzźż', ga: 'aábcdeéfghiílmnoóprstuúv', el: 'αβγδεζηθικλμνξοπρστυφχψω',
    };
    for (const [language, letters] of Object.entries(alphabets)) {
      const folded = [...letters].map((letter) => normalizeText(`x${letter}x`));
      expect(new Set(folded).size, language).toBe([...letters].length);
    }
  });

  test('look-alikes still fold: a Latin word spelt with Cyrillic or Greek letters, fullwidth or with invisible characters, is the Latin word', () => {
    expect(normalizeText('Ѕрrіng ѕаlе')).toBe('spring sale');
    expect(normalizeText('ΡΑΙR')).toBe('pair');
    expect(normalizeText('Ｓｐｒｉｎｇ s\u00adale\u200b')).toBe('spring sale');
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

describe('shingleSets', () => {
  test('holds the sets shingles() holds, and unorderedJaccard gives what jaccard gives (property)', () => {
    // Few letters, so that shingles repeat within a text and texts share many of them.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), maxLength: 60 });
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
      const sets = shingleSets(texts);
      const sorted = texts.map((t) => shingles(t));
      sets.forEach((set, i) => expect([...set].sort((x, y) => x - y)).toEqual([...sorted[i]!]));
      for (let i = 0; i < texts.length; i++) {
        for (let j = 0; j < texts.length; j++) expect(unorderedJaccard(sets[i]!, sets[j]!)).toBe(jaccard(sorted[i]!, sorted[j]!));
      }
      expect(candidatePairs(sets, 0.8)).toEqual(candidatePairs(sorted, 0.8));
    }), { numRuns: 300 });
  });
});

describe('alikeTexts', () => {
  test('finds the pairs candidatePairs(shingleSets()) finds that reach the threshold, with their similarity (property)', () => {
    // Few letters and near copies, so that texts repeat shingles, share many, and land on both sides of the threshold.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), minLength: 1, maxLength: 300 });
    const edit = fc.tuple(fc.nat(), fc.constantFrom('a', 'b', 'd'));
    const texts = fc.tuple(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.array(edit, { maxLength: 4 })), { minLength: 1, maxLength: 40 }))
      .map(([bases, copies]) => copies.map(([base, edits]) => edits.reduce((t, [at, c]) => t.slice(0, at % t.length) + c + t.slice((at % t.length) + 1), bases[base % bases.length]!)));
    fc.assert(fc.property(texts, fc.constantFrom(0.5, 0.8, 0.9), (list, threshold) => {
      const sets = shingleSets(list);
      const similarity = (a: number, b: number) => (list[a] === list[b] ? 1 : unorderedJaccard(sets[a]!, sets[b]!));
      const alike = alikeTexts(list, threshold);
      expect(alike.pairs).toEqual(candidatePairs(sets, threshold).filter(([a, b]) => similarity(a, b) >= threshold));
      for (let a = 0; a < list.length; a++) for (let b = 0; b < list.length; b++) expect(alike.similarity(a, b)).toBe(similarity(a, b));
    }), { numRuns: 300 });
  });
});
