// Invisible characters (zero-width space, joiner and non-joiner, word joiner, soft hyphen, variation
// selectors, byte-order mark…): Unicode's Default_Ignorable_Code_Point property lists them all.
// (Built on first use, as the patterns below: ASCII text, most messages, never needs them.)
let invisible: RegExp | undefined;
// An apostrophe inside a word (Ukrainian «м'ясо», Irish «d'fhág», English «don't») is part of the word,
// whichever apostrophe was typed (' ’ ‘ ʼ ` ´ ʹ): all become the one modifier letter ʼ, so the word stays one word
// and «мʼясо» written with any of them is the same word, while «мясо» without one is another.
let apostrophe: RegExp | undefined;
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
let lookAlikeBare: RegExp | undefined;

/**
 * Lowercase letters (with their diacritics, composed) and digits only, single spaces: punctuation, emoji and
 * invisible characters dropped, every apostrophe inside a word made one, compatibility forms (fullwidth letters,
 * ligatures) unfolded, and Cyrillic and Greek look-alikes of Latin letters folded, so none can hide a copy.
 */
export function normalizeText(text: string): string {
  // Plain ASCII (most messages) has no accents, invisible characters or look-alikes, and no letters or digits
  // but a-z and 0-9: the same result as below, faster.
  if (PRINTABLE_ASCII.test(text)) return normalizeAscii(text);
  return text
    .replace(invisible ??= /\p{Default_Ignorable_Code_Point}/gu, '')
    // Before NFKC, which turns "´" into a space and a combining accent.
    .replace(apostrophe ??= /(?<=\p{L}\p{M}*)['\u2019\u2018\u02bc\u02b9\u0060\u00b4](?=\p{L})/gu, ONE_APOSTROPHE)
    .normalize('NFKC')
    .toLowerCase()
    // "İ" lowercases to "i" and a combining dot above.
    .replace(/i\u0307/g, 'i')
    // A look-alike with a mark on it (Cyrillic «ї», «й») is its own letter: only bare letters fold.
    .replace(lookAlikeBare ??= new RegExp(`[${Object.keys(LOOK_ALIKE).join('')}](?![\\p{Mn}\\p{Mc}])`, 'gu'), (c) => LOOK_ALIKE[c]!)
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

const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isLetter = (code: number) => code >= 97 && code <= 122;
let buffer = new Uint16Array(256);

/**
 * Printable ASCII in one pass, the same as `text.toLowerCase().replace(/(?<=[a-z])['`](?=[a-z])/g, 'ʼ')
 * .replace(/[^a-z0-9ʼ]+/g, ' ').trim()`: letters lowercased, an apostrophe between two letters made ʼ, every
 * run of anything else one space, none at either end.
 */
export function normalizeAscii(text: string): string {
  if (buffer.length < text.length) buffer = new Uint16Array(text.length * 2);
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = lower(text.charCodeAt(i));
    let kept = isWordChar(code) ? code : -1;
    if (kept === -1 && (code === 39 || code === 96) && i > 0 && i + 1 < text.length && isLetter(lower(text.charCodeAt(i - 1))) && isLetter(lower(text.charCodeAt(i + 1)))) kept = 0x02bc;
    if (kept === -1) {
      gap = length > 0;
      continue;
    }
    if (gap) buffer[length++] = 32;
    gap = false;
    buffer[length++] = kept;
  }
  let out = '';
  for (let from = 0; from < length; from += 4096) out += String.fromCharCode.apply(null, buffer.subarray(from, Math.min(length, from + 4096)) as unknown as number[]);
  return out;
}

const SHINGLE = 5;

/** A text's character 5-shingles, hashed, sorted and without repeats. A text shorter than a shingle is one shingle. */
export type Shingles = Int32Array;

/** Character 5-shingles as a sorted typed array: comparing two is one merge, and no Set is built per text. */
export function shingles(normalized: string): Shingles {
  if (normalized.length <= SHINGLE) return Int32Array.of(hash(normalized));
  const hashes = new Int32Array(normalized.length - SHINGLE + 1);
  return hashes.subarray(0, shinglesInto(normalized, hashes, 0)).sort();
}

/**
 * The shingles of many texts, each the same set as shingles() gives, in no particular order: repeats are
 * dropped through a hash table instead of a sort (sorting was most of the time), and the sets are views into
 * one buffer, not an array each. For candidatePairs, to which the order is nothing, and unorderedJaccard.
 */
export function shingleSets(texts: readonly string[]): Shingles[] {
  let total = 0;
  for (const text of texts) total += Math.max(1, text.length - SHINGLE + 1);
  const all = new Int32Array(total);
  const sets: Shingles[] = new Array(texts.length);
  let at = 0;
  for (let t = 0; t < texts.length; t++) {
    const normalized = texts[t]!;
    if (normalized.length <= SHINGLE) {
      all[at] = hash(normalized);
      sets[t] = all.subarray(at, at + 1);
      at++;
      continue;
    }
    const start = at;
    at = shinglesInto(normalized, all, at);
    sets[t] = all.subarray(start, at);
  }
  return sets;
}

/**
 * Writes the distinct shingles of `normalized` (longer than a shingle) at `at` of `all`, in the order they first
 * appear; returns where they end. The same FNV-1a hash as hash(), each character read once: the five codes of a
 * shingle are kept in locals.
 */
function shinglesInto(normalized: string, all: Int32Array, at: number): number {
  const count = normalized.length - SHINGLE + 1;
  const table = tableFor(count);
  let c1 = normalized.charCodeAt(0);
  let c2 = normalized.charCodeAt(1);
  let c3 = normalized.charCodeAt(2);
  let c4 = normalized.charCodeAt(3);
  for (let i = 0; i < count; i++) {
    const c5 = normalized.charCodeAt(i + 4);
    let h = Math.imul(0x811c9dc5 ^ c1, 0x01000193);
    h = Math.imul(h ^ c2, 0x01000193);
    h = Math.imul(h ^ c3, 0x01000193);
    h = Math.imul(h ^ c4, 0x01000193);
    h = Math.imul(h ^ c5, 0x01000193);
    if (table.add(h)) all[at++] = h;
    c1 = c2;
    c2 = c3;
    c3 = c4;
    c4 = c5;
  }
  return at;
}

/** jaccard() of two sets in any order (from shingleSets): the same number, by looking each of y up in a table of x. */
export function unorderedJaccard(x: Shingles, y: Shingles): number {
  const table = tableFor(x.length);
  for (let i = 0; i < x.length; i++) table.add(x[i]!);
  let shared = 0;
  for (let i = 0; i < y.length; i++) if (table.has(y[i]!)) shared++;
  return shared / (x.length + y.length - shared);
}

/**
 * A set of 32-bit integers by open addressing, emptied in constant time: a slot is taken only when its stamp
 * is the current one, so starting over is one increment, never a fill.
 */
class IntSet {
  private keys = new Int32Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;
  private shift = 32;
  private mask = 0;

  /** Empty, with room for `count` values at most half full. */
  reset(count: number): this {
    let bits = 4;
    while (1 << bits < 2 * count) bits++;
    if (this.keys.length < 1 << bits) {
      this.keys = new Int32Array(1 << bits);
      this.stamps = new Int32Array(1 << bits);
      this.stamp = 0;
    }
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    return this;
  }

  /** Adds `value`; false when it was there already. */
  add(value: number): boolean {
    for (let slot = Math.imul(value, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      if (this.stamps[slot] !== this.stamp) {
        this.stamps[slot] = this.stamp;
        this.keys[slot] = value;
        return true;
      }
      if (this.keys[slot] === value) return false;
    }
  }

  has(value: number): boolean {
    for (let slot = Math.imul(value, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      if (this.stamps[slot] !== this.stamp) return false;
      if (this.keys[slot] === value) return true;
    }
  }
}
const sharedTable = new IntSet();
const tableFor = (count: number) => sharedTable.reset(count);

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
/** Bins of a signature: 48, which signInto's remainder relies on. */
const WIDTH = BANDS * ROWS;
// A band's hash and an item side by side in one double, exactly: a file mcm reads holds fewer items than this
// power of two (dividing by it is exact).
const ITEMS = 2 ** 21;

/**
 * Pairs of items whose shingle sets are likely to be at least moderately similar, by MinHash with
 * locality-sensitive hashing: 12 bands of 4 rows find a pair at 0.8 similarity with probability 0.998,
 * in time linear in the number of items (never comparing every pair). The caller checks each pair exactly.
 * With `minSimilarity`, pairs whose MinHash estimate is far below it (more than 0.3, five standard errors
 * of the estimate away) are left out before that exact check.
 */
export function candidatePairs(sets: Shingles[], minSimilarity = 0): [number, number][] {
  const width = WIDTH;
  const signatures = new Int32Array(sets.length * width);
  sets.forEach((values, item) => signInto(values, signatures, item * width));
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
  // Items grouped by band: sorted by a hash of the band, then by item, in one typed array (no Map or array per
  // item); items with the same hash are split into buckets of equal bands, each in item order.
  const n = sets.length;
  const order = new Float64Array(n);
  const heads: number[] = [];
  for (let band = 0, at = 0; band < BANDS; band++, at += ROWS) {
    bandOrder(signatures, n, at, order);
    for (let start = 0; start < n;) {
      const h = Math.floor(order[start]! / ITEMS);
      let stop = start + 1;
      while (stop < n && Math.floor(order[stop]! / ITEMS) === h) stop++;
      if (stop - start > 1) {
        // Buckets by equal band, in the order of their first item; each bucket lists its items in order.
        heads.length = 0;
        const members: number[][] = [];
        for (let k = start; k < stop; k++) {
          const item = order[k]! - h * ITEMS;
          const found = heads.findIndex((first) => sameBand(first, item, at));
          if (found === -1) {
            heads.push(item);
            members.push([item]);
          } else members[found]!.push(item);
        }
        for (const list of members) addBucket(list);
      }
      start = stop;
    }
  }
  function addBucket(bucket: number[]) {
    if (bucket.length < 2) return;
    // A crowded bucket means identical texts: chaining them is enough to group them.
    for (let i = 1; i < bucket.length; i++) add(bucket[0]!, bucket[i]!);
    if (bucket.length <= 8) {
      for (let i = 1; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) add(bucket[i]!, bucket[j]!);
    }
  }
  // Each pair once (a pair shares several bands), in a stable order: sorted by first item, then second.
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
    if (needed > 0 && sets[x]!.length >= 2 * width && sets[y]!.length >= 2 * width && !enoughEqualBins(signatures, x * width, y * width, needed)) continue;
    out.push([x, y]);
  }
  return out;
}

/**
 * Whether the two signatures at `x` and `y` have at least `needed` equal bins. Counting stops once the verdict is
 * known: enough equal bins, or too few bins left to reach enough. A function of its own, called for every
 * candidate pair, so that it is optimized early: inside candidatePairs' loop it ran as slow code.
 */
function enoughEqualBins(signatures: Int32Array, x: number, y: number, needed: number): boolean {
  let same = 0;
  for (let b = 0, left = WIDTH; b < WIDTH && same < needed && same + left >= needed; b++, left--) if (signatures[x + b] === signatures[y + b]) same++;
  return same >= needed;
}

/** The hash of each item's band at `at` of its signature, and the item, as one double each: sorting them groups equal hashes. */
function bandOrder(signatures: Int32Array, n: number, at: number, order: Float64Array): void {
  for (let item = 0; item < n; item++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ signatures[item * WIDTH + at + r]!, 0x01000193);
    order[item] = (h >>> 0) * ITEMS + item;
  }
  order.sort();
}

/**
 * One-permutation MinHash with rotation densification (Shrivastava and Li, 2014): each shingle is hashed
 * once into one of `width` bins, keeping each bin's minimum; an empty bin borrows the next non-empty one.
 * It estimates similarity like `width` separate hash functions, at the cost of one.
 */
function signInto(values: Shingles, signatures: Int32Array, at: number): void {
  const width = WIDTH;
  const empty = -1;
  signatures.fill(empty, at, at + width);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let h = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    // The bin is h, read as unsigned, modulo 48 = 16 × 3, in small integers: ((h >>> 4) mod 3) × 16 + (h mod 16).
    // (An unsigned 32-bit value is a double in V8, and the remainder of a double is a slow library call.)
    const bin = at + ((((h >>> 4) % 3) << 4) | (h & 15));
    const value = h >>> 1;
    const old = signatures[bin]!;
    if (old === empty || value < old) signatures[bin] = value;
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
