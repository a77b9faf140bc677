// Generated texts for the differential tests of the counters: posts built of words, links under many top-level
// domains, bare domains, punctuation, CJK, emoji, Cyrillic, Polish and Irish letters, joined by spaces or glued.
import { createRequire } from 'node:module';
import fc from 'fast-check';

const require = createRequire(import.meta.url);
const allTlds = require('tlds') as string[];

const words = ['Spring sale', 'Book now', 'Свіжа кава', 'Свежий хлеб', 'Zażółć gęślą jaźń', 'Tá fáilte romhat', 'Dia dhuit', '日本語のテキスト', '咖啡', '한국어', 'price €5', '[promo] {code}', 'a|b', '~50 %', '^^', '\\'];
const urls = ['https://example.com/offer', 'http://shop.store/x?a=1', 'www.kava.com.ua/sub', 'mlb.tv', 'foo.co.jp/a', 'nomad.coffee/sub', 'rye.fr', 'piekarnia.pl/zamow', 'bacus.ie', 'shop.berlin', 'example.org/a_b-c'];
const emoji = ['😀', '👍🏽', '👨‍👩‍👧', '🇺🇦', '🇵🇱', '❤️', '☕', '#️⃣', '🏳️‍🌈'];
const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...urls), fc.constantFrom(...emoji), fc.constantFrom(',', '.', '!', '\n'));
export const corpus = (seed: number, size: number) => fc.sample(fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(' ')), { seed, numRuns: size });

// Generated posts: pieces joined by a space, by nothing (glued), or either.
const joined = (pieces: fc.Arbitrary<string>, separators: string[]) =>
  fc.array(fc.tuple(pieces, fc.constantFrom(...separators)), { minLength: 1, maxLength: 24 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
const sample = (arbitrary: fc.Arbitrary<string>, seed: number) => fc.sample(arbitrary, { seed, numRuns: 2000 });

const scheme = fc.constantFrom('', '', 'https://', 'http://', 'www.', 'https://www.');
const label = fc.constantFrom('shop', 'kava', 'piekarnia', 'bacus', 'my-cafe', 'a1', 'nomad', 'rye', 'sub.example', 'x');
const path = fc.constantFrom('', '', '', '/', '/offer', '/a?b=1', '/a_b-c#top', ':8080/x', '/%D0%BA', '/x/');
const anyTldLink = fc.tuple(scheme, label, fc.constantFrom(...allTlds), path).map(([s, l, t, p]) => `${s}${l}.${t}${p}`);
const bareDomain = fc.tuple(label, fc.constantFrom('com', 'tv', 'co.jp', 'com.ua', 'co.uk', 'com.pl', 'ie', 'fr', 'store', 'io', 'ua', 'pl'), path).map(([l, t, p]) => `${l}.${t}${p}`);
const notLinks = ['file.txt', 'Node.js', 'report.pdf', '7.30', 'e.g.', 'v1.2.3', 'hello@shop.com', 'a.m.', 'index.html', 'ver.2', 'x.y', 'shop.', '.com'];
const punctuation = [',', '.', '!', '?', ':', ';', '(', ')', '[', ']', '"', "'", '«', '»', '…', '—', '–', '-', '/', '@', '#', '$', '_', '*', '&', '=', '+', '~', '|', '\n', '...', ').', '!)'];
const latinWords = ['Sale', 'now', 'kawa', 'Zażółć', 'gęślą', 'jaźń', 'łódź', 'Śródmieście', 'fáilte', 'Éire', 'bhfuil', 'tú', 'óg', 'Dia', 'café'];
const cyrillicWords = ['Свіжа', 'кава', 'хліб', 'Київ', 'Свежий', 'їжа', 'ґанок', 'Москва', 'щастя', 'ЗНИЖКА'];
const cjkWords = ['日本語', 'テキスト', '咖啡', '한국어', '東京', 'セール', '、', '。', '「', '」', '！', '（', '）', '：'];
const emojiPieces = ['😀', '👍🏽', '👨‍👩‍👧', '🇺🇦', '🇵🇱', '🇮🇪', '❤️', '☕', '#️⃣', '🏳️‍🌈', '🥐', '✔️', '©', '™', '🤌'];
// Emoji newer than twitter-text's bundled emoji data (twemoji-parser 11): a heart on fire, people holding hands,
// heart hands with a skin tone. X's documentation counts every emoji sequence as 2; twitter-text counts their parts.
export const newerEmoji = ['❤️‍🔥', '🧑‍🤝‍🧑', '🫶🏽'];

export const corpora: Record<string, string[]> = {
  'URLs under many top-level domains': sample(joined(fc.oneof(anyTldLink, fc.constantFrom(...latinWords)), [' ']), 11),
  'bare domains': sample(joined(fc.oneof(bareDomain, fc.constantFrom(...notLinks), fc.constantFrom(...latinWords)), [' ', ' ', ', ', '. ']), 12),
  'glued links': sample(joined(fc.oneof(anyTldLink, bareDomain, fc.constantFrom(...punctuation), fc.constantFrom(...latinWords, ...cyrillicWords, ...cjkWords, ...emojiPieces)), ['']), 13),
  CJK: sample(joined(fc.oneof(fc.constantFrom(...cjkWords), bareDomain, anyTldLink), ['', '', ' ']), 14),
  emoji: sample(joined(fc.oneof(fc.constantFrom(...emojiPieces), bareDomain, fc.constantFrom(...latinWords)), ['', ' ']), 15),
  Cyrillic: sample(joined(fc.oneof(fc.constantFrom(...cyrillicWords), bareDomain, anyTldLink, fc.constantFrom(...punctuation)), ['', ' ', ' ']), 16),
  'Polish and Irish letters': sample(joined(fc.oneof(fc.constantFrom(...latinWords), bareDomain, anyTldLink, fc.constantFrom(...punctuation)), ['', ' ', ' ']), 17),
};

