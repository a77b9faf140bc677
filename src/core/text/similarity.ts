// Invisible characters (zero-width space, joiner and non-joiner, word joiner, soft hyphen, variation
// selectors, byte-order mark…): Unicode's Default_Ignorable_Code_Point property lists them all.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
// An apostrophe inside a word (Ukrainian «м'ясо», Irish «d'fhág», English «don't») is part of the word,
// whichever apostrophe was typed (' ’ ‘ ʼ ` ´ ʹ): all become the one modifier letter ʼ, so the word stays one word
// and «мʼясо» written with any of them is the same word, while «мясо» without one is another.
const APOSTROPHE = /(?<=\p{L}\p{M}*)['\u2019\u2018\u02bc\u02b9\u0060\u00b4](?=\p{L})/gu;
const ONE_APOSTROPHE = '\u02bc';

// Look-alike letters of Cyrillic and Greek folded to the Latin letter they imitate, after lowercasing, so
// "sаle" with a Cyrillic "а" is "sale". From Unicode's confusables (UTS #39,
// https://www.unicode.org/Public/security/latest/confusables.txt): the lowercase letters it maps to a single
// Latin letter, and the lowercase forms of capitals it does (В, К, М, Н, Т), since text is lowercased first.
// No two letters of the Ukrainian, Russian or Greek alphabets fold to the same Latin letter (only the rare
// Cyrillic "һ" shares "н"'s), so genuine Cyrillic or Greek text keeps every distinction it had. Only letters
// without marks fold: «ї», «й», «ґ», «є» and «ё» are letters of their own, never «і», «и», «г», «е».
// Diacritics are kept, not stripped: Polish «ą ć ę ł ń ó ś ź ż» and Irish fadas («sé» and «se», «cáca» and
// «caca») tell words apart, so two messages that differ in them are not copies.
const LOOK_ALIKE: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', ԁ: 'd', е: 'e', һ: 'h', н: 'h', і: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm', п: 'n', о: 'o', р: 'p',
  ԛ: 'q', с: 'c', ѕ: 's', т: 't', у: 'y', ԝ: 'w', х: 'x',
  // Greek
  α: 'a', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', γ: 'y',
  // Latin letters that imitate others
  ı: 'i', ȷ: 'j', ɑ: 'a', ɡ: 'g', ɩ: 'i', ʏ: 'y',
};
const LOOK_ALIKE_BARE = new RegExp(`[${Object.keys(LOOK_ALIKE).join('')}](?![\\p{Mn}\\p{Mc}])`, 'gu');

/**
 * Lowercase letters (with their diacritics, composed) and digits only, single spaces: punctuation, emoji and
 * invisible characters dropped, every apostrophe inside a word made one, compatibility forms (fullwidth letters,
 * ligatures) unfolded, and Cyrillic and Greek look-alikes of Latin letters folded, so none can hide a copy.
 */
export function normalizeText(text: string): string {
  // Plain ASCII (most messages) has no accents, invisible characters or look-alikes, and no letters or digits
  // but a-z and 0-9: the same result as below, faster.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(ASCII_APOSTROPHE, ONE_APOSTROPHE).replace(/[^a-z0-9\u02bc]+/g, ' ').trim();
  return text
    .replace(INVISIBLE, '')
    // Before NFKC, which turns "´" into a space and a combining accent.
    .replace(APOSTROPHE, ONE_APOSTROPHE)
    .normalize('NFKC')
    .toLowerCase()
    // "İ" lowercases to "i" and a combining dot above.
    .replace(/i\u0307/g, 'i')
    // A look-alike with a mark on it (Cyrillic «ї», «й») is its own letter: only bare letters fold.
    .replace(LOOK_ALIKE_BARE, (c) => LOOK_ALIKE[c]!)
    .replace(NOT_WORD, ' ')
    .trim();
}

/**
 * Anything but letters, non-enclosing marks and digits: `[^\p{L}\p{Mn}\p{Mc}\p{N}]`, written with \p{M} and the
 * 13 enclosing marks (\p{Me}) listed, which V8 compiles in a tenth of the time (test/core/fast-paths.test.ts
 * checks the two agree on every code point).
 */
export const NOT_WORD = /(?:[^\p{L}\p{M}\p{N}]|[\u0488\u0489\u1abe\u20dd-\u20e0\u20e2-\u20e4\ua670-\ua672])+/gu;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_APOSTROPHE = /(?<=[a-z])['`](?=[a-z])/g;

const SHINGLE = 5;

/** A text's character 5-shingles, hashed, sorted and without repeats. A text shorter than a shingle is one shingle. */
export type Shingles = Int32Array;

/** Character 5-shingles as a sorted typed array: comparing two is one merge, and no Set is built per text. */
export function shingles(normalized: string): Shingles {
  if (normalized.length <= SHINGLE) return Int32Array.of(hash(normalized));
  const hashes = new Int32Array(normalized.length - SHINGLE + 1);
  for (let i = 0; i < hashes.length; i++) hashes[i] = hash(normalized, i, i + SHINGLE);
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[unique++] = hashes[i]!;
  return hashes.subarray(0, unique);
}

/** Shared shingles over all shingles of the two texts (0 to 1). */
export function jaccard(x: Shingles, y: Shingles): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / (x.length + y.length - shared);
}

const BANDS = 12;
const ROWS = 4;

/**
 * Pairs of items whose shingle sets are likely to be at least moderately similar, by MinHash with
 * locality-sensitive hashing: 12 bands of 4 rows find a pair at 0.8 similarity with probability 0.998,
 * in time linear in the number of items (never comparing every pair). The caller checks each pair exactly.
 * With `minSimilarity`, pairs whose MinHash estimate is far below it (more than 0.3, five standard errors
 * of the estimate away) are left out before that exact check.
 */
export function candidatePairs(sets: Shingles[], minSimilarity = 0): [number, number][] {
  const width = BANDS * ROWS;
  const signatures = new Int32Array(sets.length * width);
  sets.forEach((values, item) => signInto(values, signatures, item * width, width));
  // Buckets of items whose band of the signature is equal, keyed by a hash of the band (checked in full).
  const sameBand = (x: number, y: number, at: number) => {
    for (let r = 0; r < ROWS; r++) if (signatures[x * width + at + r] !== signatures[y * width + at + r]) return false;
    return true;
  };
  // Pairs as two small integers side by side in a typed array that grows: no array, string or set per pair.
  let pairs = new Int32Array(1024);
  let count = 0;
  const add = (x: number, y: number) => {
    if (count + 2 > pairs.length) {
      const larger = new Int32Array(pairs.length * 2);
      larger.set(pairs);
      pairs = larger;
    }
    pairs[count++] = x;
    pairs[count++] = y;
  };
  for (let band = 0, at = 0; band < BANDS; band++, at += ROWS) {
    const byHash = new Map<number, number[][]>();
    for (let item = 0; item < sets.length; item++) {
      let h = 0x811c9dc5;
      for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ signatures[item * width + at + r]!, 0x01000193);
      const candidates = byHash.get(h);
      const bucket = candidates?.find((list) => sameBand(list[0]!, item, at));
      if (bucket) bucket.push(item);
      else if (candidates) candidates.push([item]);
      else byHash.set(h, [[item]]);
    }
    for (const lists of byHash.values()) {
      for (const bucket of lists) {
        if (bucket.length < 2) continue;
        // A crowded bucket means identical texts: chaining them is enough to group them.
        for (let i = 1; i < bucket.length; i++) add(bucket[0]!, bucket[i]!);
        if (bucket.length <= 8) {
          for (let i = 1; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) add(bucket[i]!, bucket[j]!);
        }
      }
    }
  }
  // Each pair once (a pair shares several bands), in a stable order: sorted by first item, then second.
  const n = sets.length;
  const keys = new Float64Array(count / 2);
  for (let i = 0; i < keys.length; i++) keys[i] = pairs[2 * i]! * n + pairs[2 * i + 1]!;
  keys.sort();
  // Equal bins of the two signatures estimate the similarity; short texts (fewer than twice as many shingles as bins) are
  // always checked exactly, as their estimate is coarse.
  const needed = Math.ceil((minSimilarity - 0.3) * width);
  const out: [number, number][] = [];
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i] === keys[i - 1]) continue;
    const x = Math.floor(keys[i]! / n);
    const y = keys[i]! - x * n;
    if (needed > 0 && sets[x]!.length >= 2 * width && sets[y]!.length >= 2 * width) {
      let same = 0;
      for (let b = 0; b < width; b++) if (signatures[x * width + b] === signatures[y * width + b]) same++;
      if (same < needed) continue;
    }
    out.push([x, y]);
  }
  return out;
}

/**
 * One-permutation MinHash with rotation densification (Shrivastava and Li, 2014): each shingle is hashed
 * once into one of `width` bins, keeping each bin's minimum; an empty bin borrows the next non-empty one.
 * It estimates similarity like `width` separate hash functions, at the cost of one.
 */
function signInto(values: Shingles, signatures: Int32Array, at: number, width: number): void {
  const empty = -1;
  signatures.fill(empty, at, at + width);
  for (let i = 0; i < values.length; i++) {
    let h = Math.imul(values[i]! ^ (values[i]! >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) >>> 0;
    const bin = at + (h % width);
    const value = h >>> 1;
    if (signatures[bin] === empty || value < signatures[bin]!) signatures[bin] = value;
  }
  // Each empty bin, in order, borrows from the first non-empty bin after it, wrapping around to bin 0 (filled by
  // then). The first filled bin after each one is found in one pass from the end: linear, not quadratic, in width.
  let next = -1;
  const after = nextFilled.length >= width ? nextFilled : (nextFilled = new Int32Array(width));
  for (let bin = width - 1; bin >= 0; bin--) {
    after[bin] = next;
    if (signatures[at + bin] !== empty) next = bin;
  }
  if (next < 0) return;
  for (let bin = 0; bin < width; bin++) {
    if (signatures[at + bin] !== empty) continue;
    const donor = after[bin]! >= 0 ? after[bin]! : 0;
    const step = after[bin]! >= 0 ? donor - bin : width - bin;
    signatures[at + bin] = (signatures[at + donor]! + Math.imul(step, 0x9e3779b1)) >>> 1;
  }
}
let nextFilled = new Int32Array(0);

function hash(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
