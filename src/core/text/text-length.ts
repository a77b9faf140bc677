import { createRequire } from 'node:module';
import type { Counting } from '../catalog/types.js';

// 3GPP TS 23.038: the GSM 7-bit default alphabet, and the extension table whose characters take
// two septets (an escape, then the character).
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM7_EXTENSION = new Set('\f^{}\\[~]|€');

/** Characters per text message: one segment alone, or each part of a split (concatenated) message. */
export const SMS_SEGMENT = {
  'gsm-7': { single: 160, part: 153 },
  'ucs-2': { single: 70, part: 67 },
} as const;

export interface SmsMeasure {
  encoding: 'gsm-7' | 'ucs-2';
  /** Characters as the network counts them: GSM-7 extension characters (€, [, ]…) and most emoji count 2. */
  length: number;
  /** How many text messages it goes out as. */
  segments: number;
  /** The characters outside GSM-7 that force 70-character segments, once each, in order. */
  outside: string[];
  /** The characters that count as more than one, once each, in order. */
  doubled: { char: string; counts: number }[];
  /** The length once the characters outside GSM-7 are removed. */
  lengthWithoutOutside: number;
}

const ASCII = /^[\x00-\x7f]*$/;
// The patterns with Unicode properties are built on first use: building one costs a fraction of a millisecond at
// every start, and plain ASCII text (most strategies) never needs them.
let emojiMark: RegExp | undefined;
let pictographic: RegExp | undefined;

// What a reader sees as one character: CR LF, a flag, a keycap, an emoji with its skin tone, variation selector
// and zero-width-joined parts, or any character with its combining marks. Intl.Segmenter would say the same
// for these, but V8 walks it in quadratic time, so a long message would stall the linter.
const ATTACHED = String.raw`(?:\p{Emoji_Modifier}|\p{M}|[\u{E0020}-\u{E007F}])*`;
let cluster: RegExp | undefined;
const CLUSTER = () => (cluster ??= new RegExp(
  String.raw`\r\n|\p{Regional_Indicator}{2}|[#*0-9]\ufe0f?\u20e3|\p{Extended_Pictographic}${ATTACHED}(?:\u200d\p{Extended_Pictographic}${ATTACHED})*|[\s\S]\p{M}*`,
  'gu',
));

function graphemes(text: string): string[] {
  return text.match(CLUSTER()) ?? [];
}

/** An emoji: a flag, a keycap, a presentation selector, or a pictograph beyond Latin-1 (so © and ® alone are text). */
function isEmoji(grapheme: string): boolean {
  return (emojiMark ??= /\p{Regional_Indicator}|\u20e3|\ufe0f/u).test(grapheme)
    || [...grapheme].some((c) => codePoint(c) > 0xff && (pictographic ??= /\p{Extended_Pictographic}/u).test(c));
}

function codePoint(char: string): number {
  return char.codePointAt(0) ?? 0;
}

/** Measures a text message the way carriers split and bill it (3GPP TS 23.040 concatenation). */
export function measureSms(text: string): SmsMeasure {
  const all = ASCII.test(text) ? text.split('') : graphemes(text);
  const septets: number[] = [];
  const outsideSet = new Set<string>();
  const doubledGsm = new Set<string>();
  for (const g of all) {
    const chars = [...g];
    if (!chars.every((c) => GSM7_BASIC.has(c) || GSM7_EXTENSION.has(c))) {
      outsideSet.add(g);
      continue;
    }
    for (const c of chars) septets.push(GSM7_EXTENSION.has(c) ? 2 : 1);
    if (chars.some((c) => GSM7_EXTENSION.has(c))) doubledGsm.add(g);
  }
  const lengthWithoutOutside = septets.reduce((sum, n) => sum + n, 0);
  const outside = [...outsideSet];
  if (!outside.length) {
    const doubled = [...doubledGsm].map((char) => ({ char, counts: 2 }));
    return { encoding: 'gsm-7', length: lengthWithoutOutside, segments: segmentsOf(septets, SMS_SEGMENT['gsm-7']), outside, doubled, lengthWithoutOutside };
  }
  // UCS-2 counts UTF-16 code units: an emoji outside the Basic Multilingual Plane takes two. A character as the
  // reader sees it (a family emoji, a flag, a letter with its accents) is never split across two parts, as Twilio
  // bills it: each grapheme cluster is packed whole.
  const doubled = [...new Set(all.filter((g) => g.length > 1 && g !== '\r\n'))].map((char) => ({ char, counts: char.length }));
  const units = all.map((g) => g.length);
  return { encoding: 'ucs-2', length: text.length, segments: segmentsOf(units, SMS_SEGMENT['ucs-2']), outside, doubled, lengthWithoutOutside };
}

/**
 * What puts a text message in UCS-2, by alphabet: Cyrillic or Greek letters (a message in those alphabets has no
 * GSM-7 form), emoji only, Latin letters with diacritics only (Polish ł, ś; Irish á, í, ó, ú), or anything else.
 */
export type SmsAlphabet = 'cyrillic' | 'greek' | 'emoji' | 'latin' | 'other';

export function smsAlphabet(outside: readonly string[]): SmsAlphabet {
  if (outside.some((g) => /\p{Script=Cyrillic}/u.test(g))) return 'cyrillic';
  if (outside.some((g) => /\p{Script=Greek}/u.test(g))) return 'greek';
  if (outside.length && outside.every(isEmoji)) return 'emoji';
  if (outside.length && outside.every((g) => /^\p{Script=Latin}\p{M}*$/u.test(g) && /^\p{L}/u.test(g))) return 'latin';
  return 'other';
}

/** The text with Latin letters written without their diacritics (ł → l, ś → s, á → a), as a GSM-7 message would have it. */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Packs characters into segments; a character (or cluster) that takes several units is never split across two. */
function segmentsOf(units: number[], size: { single: number; part: number }): number {
  const total = units.reduce((sum, n) => sum + n, 0);
  if (total <= size.single) return 1;
  let segments = 1;
  let used = 0;
  for (const n of units) {
    if (used + n > size.part) {
      segments++;
      used = 0;
    }
    used += n;
  }
  return segments;
}

// Links as X and people find them: linkify-it (the link finder of markdown-it) with the full public list of
// top-level domains (the tlds package), so "mlb.tv", "foo.co.jp" and "shop.store" are links and "file.txt" is
// not; e-mail addresses are not links. Both load on first use, so a lint that reads no link never pays for them.
interface Linkifier {
  match(text: string): { schema: string; index: number; lastIndex: number; raw: string }[] | null;
}
let linkifier: Linkifier | undefined;

function links(): Linkifier {
  if (!linkifier) {
    const require = createRequire(import.meta.url);
    const { LinkifyIt } = require('linkify-it') as { LinkifyIt: new (options: Record<string, unknown>) => Linkifier };
    const tlds = (require('tlds') as string[]).filter((tld) => /^[a-z0-9-]+$/.test(tld));
    const instance = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false, tlds });
    linkifier = instance;
  }
  return linkifier;
}

const LINK_HINT = /\/\/|[^\s.]\.[a-z]/i;

/** False only when a text can hold no link (linkify-it would find none): the test before the finder. */
export function mayHoldLink(text: string): boolean {
  return LINK_HINT.test(text);
}

/** The links in a text, with where each starts. */
export function findUrls(text: string): { url: string; index: number }[] {
  // Cheap test first, so that most texts never load the link finder: every link linkify-it finds has a
  // scheme's "//" or a dot between a name and a top-level domain, which starts with a letter (no space around).
  if (!mayHoldLink(text)) return [];
  return (links().match(text) ?? []).filter((m) => m.schema !== 'mailto:').map((m) => ({ url: m.raw, index: m.index }));
}

// Links as X finds them: twitter-text's own extractor (the library X publishes for counting posts), so a link
// starts and ends where X starts and ends it (glued to punctuation, letters, CJK or emoji, inside parentheses,
// before a trailing dot) and links X rejects (after "@", "#" or "$", a bare non-ASCII domain) are text. Only the
// extractor's module loads, and only for a text that may hold a link: a strategy without X never loads it.
type Extract = (text: string) => { url: string; indices: [number, number] }[];
let xExtract: Extract | undefined;

// Every link twitter-text finds has a domain char, a dot, then a top-level domain that starts with a letter.
const X_LINK_HINT = /[^\s.]\.\p{L}/u;

/** The links in a text as X finds them, with where each starts (UTF-16 index). */
export function findXUrls(text: string): { url: string; index: number }[] {
  if (!X_LINK_HINT.test(text)) return [];
  xExtract ??= createRequire(import.meta.url)('twitter-text/dist/extractUrlsWithIndices.js') as Extract;
  const extract = xExtract;
  return extract(withKnownTlds(text, extract)).map(({ url, indices }) => ({ url: text.slice(indices[0], indices[1]), index: indices[0] }));
}

// twitter-text's list of top-level domains is that of its last release (3.1.0, March 2020); the public list (the
// tlds package) goes on (.amazon, .kids, .music, .spa). A domain under a newer Latin one is read with a stand-in
// of the same length that twitter-text knows, so that it ends where X ends a link, and the link is then taken
// from the text as written. The three newer non-Latin ones (ישראל, アマゾン, 亚马逊) stay as twitter-text has them.
const TLD_CANDIDATE = /(?<=[^\s.]\.)[a-z]{2,}(?![a-z0-9-])/gi;
const STAND_IN = ['io', 'com', 'info', 'store', 'online', 'digital', 'computer', 'education', 'properties', 'engineering', 'construction', 'international'];
let publicTlds: Set<string> | undefined;
const standInOf = new Map<string, string | null>();

function withKnownTlds(text: string, extract: Extract): string {
  return text.replace(TLD_CANDIDATE, (tld) => {
    const lower = tld.toLowerCase();
    publicTlds ??= new Set(createRequire(import.meta.url)('tlds') as string[]);
    if (!publicTlds.has(lower)) return tld;
    let standIn = standInOf.get(lower);
    if (standIn === undefined) {
      const newer = extract(`a.${lower}`)[0]?.url !== `a.${lower}`;
      standIn = (newer && STAND_IN.find((t) => t.length === lower.length)) || null;
      standInOf.set(lower, standIn);
    }
    return standIn ?? tld;
  });
}

// X's counting (twitter-text configuration v3): these code point ranges weigh 1, everything else 2.
const X_LIGHT: [number, number][] = [[0, 4351], [8192, 8205], [8208, 8223], [8242, 8247]];
const X_URL_LENGTH = 23;

/** The length of a post as X counts it: every link is 23, emoji and CJK characters are 2. */
export function xWeightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  let length = 0;
  let from = 0;
  for (const { url, index } of findXUrls(normalized)) {
    length += xTextLength(normalized.slice(from, index)) + X_URL_LENGTH;
    from = index + url.length;
  }
  return length + xTextLength(normalized.slice(from));
}

/** The weight of text without links. A mark left alone after a link (the keycap of "#️⃣" whose "#" the link took) is no emoji. */
function xTextLength(text: string): number {
  if (ASCII.test(text)) return text.length;
  let length = 0;
  for (const g of graphemes(text)) {
    if (isEmoji(g) && !/^\p{M}/u.test(g)) length += 2;
    else for (const c of g) length += X_LIGHT.some(([lo, hi]) => codePoint(c) >= lo && codePoint(c) <= hi) ? 1 : 2;
  }
  return length;
}

/** Unicode code points, except that an emoji (a family, a flag, a skin tone) counts as one. */
export function characterLength(text: string): number {
  if (ASCII.test(text)) return text.length;
  let length = 0;
  for (const g of graphemes(text)) length += isEmoji(g) ? 1 : [...g].length;
  return length;
}

/** The length of a text as a platform with this way of counting counts it. */
export function textLength(text: string, counting: Counting): number {
  if (counting === 'gsm-7') return measureSms(text).length;
  return counting === 'x-weighted' ? xWeightedLength(text) : characterLength(text);
}
