import fc from 'fast-check';
import { expect, test } from 'vitest';
import { compareText } from '../../src/core/lint/diagnostic.js';
import { NOT_WORD } from '../../src/core/text/similarity.js';
import { formatList, formatNumber, pluralCategory } from '../../src/core/i18n/format.js';
import { strategyLocaleKey } from '../../src/cli/messages.js';
import modeline from '../../src/core/rules/modeline.js';

// Shortcuts taken for speed must give what the slower general path gives.
test('compareText orders as localeCompare does (property)', () => {
  const word = fc.array(fc.constantFrom('a', 'b', 'z', '0', '9', '-', '/', 'B', '.', 'é', ' '), { maxLength: 8 }).map((c) => c.join(''));
  fc.assert(fc.property(word, word, (a, b) => Math.sign(compareText(a, b)) === Math.sign(a.localeCompare(b))), { numRuns: 5000 });
  expect(compareText('no-cut-text', 'no-identical-content')).toBe(-1);
  expect(compareText('acme/x', 'acme-x')).toBe(Math.sign('acme/x'.localeCompare('acme-x')));
});

test('English numbers and plural categories agree with Intl (property)', () => {
  const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  const plurals = new Intl.PluralRules('en-US');
  fc.assert(fc.property(fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.integer(), fc.maxSafeInteger(), fc.double({ min: -10, max: 10, noNaN: true })), (n) => {
    expect(formatNumber(n)).toBe(numbers.format(n));
    expect(pluralCategory(n)).toBe(plurals.select(n));
  }), { numRuns: 3000 });
  expect([formatNumber(999), formatNumber(1000), formatNumber(-1234567), pluralCategory(1), pluralCategory(0)]).toEqual(['999', '1,000', '-1,234,567', 'one', 'other']);
});

test('the separator expression of the similarity check is the class it stands for, on every code point', () => {
  const meant = /^[^\p{L}\p{Mn}\p{Mc}\p{N}]$/u;
  const written = new RegExp(`^(?:${NOT_WORD.source})$`, 'u');
  const differ: string[] = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCodePoint(c);
    if (meant.test(ch) !== written.test(ch)) differ.push(c.toString(16));
  }
  expect(differ).toEqual([]);
  expect('a\u0489b c\u0301'.replace(NOT_WORD, ' ')).toBe('a b c\u0301');
});

test('English lists agree with Intl (property)', () => {
  const and = new Intl.ListFormat('en-GB', { type: 'conjunction' });
  const or = new Intl.ListFormat('en-GB', { type: 'disjunction' });
  const items = fc.array(fc.constantFrom('"email"', 'SMS', 'a, b', '', 'and', 'Or'), { maxLength: 6 });
  fc.assert(fc.property(items, (list) => formatList(list, 'and') === and.format(list) && formatList(list, 'or') === or.format(list)), { numRuns: 2000 });
  expect([formatList([], 'and'), formatList(['a'], 'or'), formatList(['a', 'b', 'c'], 'and'), formatList(['a', 'b', 'c'], 'or')]).toEqual(['', 'a', 'a, b and c', 'a, b or c']);
});

test('the quick test before "link in bio" and its kin changes no answer (property)', async () => {
  const { linkElsewherePattern, saysLinkElsewhere } = await import('../../src/core/rules/format-fit.js');
  const pieces = ['bio', 'BIO', 'Bio', 'sticker', 'STICKERS', 'qr', 'QR', 'profile', 'Profil', 'профіл', 'ПРОФІЛІ', 'шапке', 'біо', 'стікер', 'naklejkę', 'bheathaisnéis', 'BPHRÓIFÍL', 'ghreamán', 'ſticker', 'K', 'a', 'é', ' ', '-', '.', 'link', 'in', 'w', 'x'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));
  fc.assert(fc.property(text, (t) => saysLinkElsewhere(t) === linkElsewherePattern().test(t)), { numRuns: 3000 });
  expect([saysLinkElsewhere('Link in BIO'), saysLinkElsewhere('biology class'), saysLinkElsewhere('посилання в профілі')]).toEqual([true, false, true]);
});

// Texts made of the pieces the two searches below look for, in any order and case.
const lineText = fc.array(fc.constantFrom('locale:', 'Locale:', ' uk', ' "pl"', "'ga'", ' # x', '# ', '#', '  ', '\t', 'yaml-language-server', 'YAML language_server', 'yamllanguageserver', ': $schema=s.json', ' schema: a', 'a', '\n', '\r\n', '\r', '\u2028', 'x# '), { maxLength: 14 }).map((parts) => parts.join(''));

test('the locale key is the first line /^locale:…$/m reads (property)', () => {
  const meant = /^locale:[ \t]*["']?([A-Za-z_-]+)["']?[ \t]*(?:#.*)?$/m;
  fc.assert(fc.property(lineText, (text) => strategyLocaleKey(text) === meant.exec(text)?.[1]), { numRuns: 5000 });
  expect(strategyLocaleKey('name: x\nlocale: uk\nlocale: pl\n')).toBe('uk');
  expect(strategyLocaleKey('x locale: uk\n')).toBeUndefined();
});

test('the locale key read from bytes is the key read from their text (property)', () => {
  // The pieces of lineText, and what bytes may hold that their text does not show as it is: characters of two to
  // four bytes, a byte-order mark, bytes that are not UTF-8, and broken sequences next to the bytes of a line break.
  const piece = fc.oneof(
    lineText.map((text) => Buffer.from(text)),
    fc.constantFrom('é', 'уk', '€', '😀', '\uFEFF', '\u2029').map((c) => Buffer.from(c)),
    fc.constantFrom([0xff], [0xe2], [0xe2, 0x80], [0xf0, 0x9f], [0x80, 0xa8], [0xc3], [0xed, 0xa0, 0x80]).map((b) => Buffer.from(b)),
  );
  const bytes = fc.array(piece, { maxLength: 8 }).map((parts) => Buffer.concat(parts));
  fc.assert(fc.property(bytes, (b) => strategyLocaleKey(b) === strategyLocaleKey(b.toString('utf8'))), { numRuns: 5000 });
  const key = (...parts: (string | number[])[]) => strategyLocaleKey(Buffer.concat(parts.map((p) => Buffer.from(p as string))));
  expect([key('name: x\u2028locale: uk\n'), key([0xe2, 0x80], 'locale: pl'), key('\uFEFFlocale: ga\n'), key('x: é\nlocale: "ru" # ru\r\n')]).toEqual(['uk', undefined, undefined, 'ru']);
  expect(strategyLocaleKey(new Uint8Array(Buffer.from('a: 1\nlocale: pl\n')).subarray(2))).toBe('pl');
});

test('the modeline rule finds the comments /^[ \\t]*#…yaml-language-server…$/gim finds (property)', () => {
  const meant = /^([ \t]*)(#[ \t]*yaml[-_ ]?language[-_ ]?server\b.*?)[ \t]*$/gim;
  const found = (text: string) => {
    const at: [number, number][] = [];
    modeline.check({ text, report: (r: { at?: [number, number] }) => at.push(r.at!) } as never);
    return at;
  };
  const read = /^#\s+yaml-language-server\s*:.*\$schema=\S+/;
  const expected = (text: string) => [...text.matchAll(meant)].filter((m) => !read.test(m[2]!)).map((m): [number, number] => [m.index + m[1]!.length, m.index + m[1]!.length + m[2]!.length]);
  fc.assert(fc.property(lineText, (text) => {
    expect(found(text)).toEqual(expected(text));
  }), { numRuns: 5000 });
  expect(found('a: 1\n  #yaml-language-server $schema=x # yaml-language-server\n')).toEqual([[7, 61]]);
});
