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

const ASCII_APOSTROPHE = /(?<=[a-z])['`](?=[a-z])/g;
const NOT_ASCII_WORD = /[^a-z0-9\u02bc]+/g;

/**
 * Printable ASCII: `text.toLowerCase().replace(/(?<=[a-z])['`](?=[a-z])/g, 'ʼ').replace(/[^a-z0-9ʼ]+/g, ' ')
 * .trim()`: letters lowercased, an apostrophe between two letters made ʼ, every run of anything else one space,
 * none at either end. Built-in string and regular expression code, which runs compiled from the first message
 * (a loop over the characters ran as bytecode for most of a typical file); the apostrophes are looked for only
 * in a text that has one.
 */
export function normalizeAscii(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes("'") || lower.includes('`')) lower = lower.replace(ASCII_APOSTROPHE, ONE_APOSTROPHE);
  return lower.replace(NOT_ASCII_WORD, ' ').trim();
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
// Rows of a band: 4, which bandOrder writes out.
const ROWS = 4;
/** Bins of a signature: 48, which the remainder in placeInBin relies on. */
const WIDTH = BANDS * ROWS;
// A band's hash and an item side by side in one double, exactly: a file mcm reads holds fewer items than this
// power of two (dividing by it is exact).
const ITEMS = 2 ** 21;
/** A bin no shingle fell into (the values kept are 31-bit, never negative). */
const EMPTY = -1;

/**
 * Pairs of items whose shingle sets are likely to be at least moderately similar, by MinHash with
 * locality-sensitive hashing: 12 bands of 4 rows find a pair at 0.8 similarity with probability 0.998,
 * in time linear in the number of items (never comparing every pair). The caller checks each pair exactly.
 * With `minSimilarity`, pairs whose MinHash estimate is far below it (more than 0.3, five standard errors
 * of the estimate away) are left out before that exact check.
 */
export function candidatePairs(sets: Shingles[], minSimilarity = 0): [number, number][] {
  const signatures = new Int32Array(sets.length * WIDTH);
  for (let item = 0; item < sets.length; item++) signInto(sets[item]!, signatures, item * WIDTH);
  return pairsOfSignatures(signatures, sets.length, minSimilarity, (item) => sets[item]!.length >= 2 * WIDTH);
}

/** Texts that are alike: which pairs, and how alike any two are. */
export interface Likeness {
  /** Pairs [a, b] of texts, a before b, at least as alike as asked, in order. */
  pairs: [number, number][];
  /** How alike texts a and b are: jaccard() of their shingles, 1 for equal texts. */
  similarity(a: number, b: number): number;
}

/**
 * The pairs of normalized texts at least `threshold` alike: the pairs of candidatePairs(shingleSets(texts),
 * threshold) whose similarity reaches it, found the same way. The signatures are made straight from the
 * characters, and a text's set of shingles only when a pair needs it: most texts have no likely match, and
 * building every set was most of the time.
 */
export function alikeTexts(texts: readonly string[], threshold: number): Likeness {
  const sets = new LazySets(texts);
  const similarity = (a: number, b: number) => (texts[a] === texts[b] ? 1 : sets.similarity(a, b));
  // A text has at most one shingle per character but the last four: a short one needs no set to tell.
  const long = (item: number) => texts[item]!.length - SHINGLE + 1 >= 2 * WIDTH && sets.size(item) >= 2 * WIDTH;
  const candidates = pairsOfSignatures(signTexts(texts), texts.length, threshold, long);
  return { pairs: reaching(candidates, texts, sets, threshold), similarity };
}

/**
 * The candidate pairs whose similarity reaches `threshold`. The pairs come sorted by their first text: its
 * table is filled once for all its pairs. (Every set is built first, as building one fills the same table.)
 */
function reaching(candidates: [number, number][], texts: readonly string[], sets: LazySets, threshold: number): [number, number][] {
  for (const [a, b] of candidates) {
    if (texts[a] !== texts[b]) {
      sets.size(a);
      sets.size(b);
    }
  }
  const out: [number, number][] = [];
  let table: IntSet | undefined;
  let tableHolds = -1;
  for (const pair of candidates) {
    const [a, b] = pair;
    if (texts[a] !== texts[b]) {
      if (tableHolds !== a) [table, tableHolds] = [sets.table(a), a];
      if (sets.jaccard(table!, a, b) < threshold) continue;
    }
    out.push(pair);
  }
  return out;
}

/**
 * The shingle sets of texts (as shingleSets gives them), each built when first needed, side by side in one
 * buffer where each text has room for all its shingles: no typed array per text, which costs more to make
 * than a short text's set.
 */
class LazySets {
  private readonly all: Int32Array;
  private readonly starts: Int32Array;
  /** Where each set ends; where it starts while it is not built (no set is empty). */
  private readonly ends: Int32Array;

  constructor(private readonly texts: readonly string[]) {
    this.starts = new Int32Array(texts.length);
    let total = 0;
    for (let t = 0; t < texts.length; t++) {
      this.starts[t] = total;
      total += Math.max(1, texts[t]!.length - SHINGLE + 1);
    }
    this.all = new Int32Array(total);
    this.ends = this.starts.slice();
  }

  /** How many distinct shingles text `item` has. */
  size(item: number): number {
    const start = this.starts[item]!;
    if (this.ends[item] === start) {
      const text = this.texts[item]!;
      if (text.length <= SHINGLE) {
        this.all[start] = hash(text);
        this.ends[item] = start + 1;
      } else this.ends[item] = shinglesInto(text, this.all, start);
    }
    return this.ends[item]! - start;
  }

  /** The shared table, holding the shingles of text `item`. */
  table(item: number): IntSet {
    const table = tableFor(this.size(item));
    for (let i = this.starts[item]!; i < this.ends[item]!; i++) table.add(this.all[i]!);
    return table;
  }

  /** jaccard() of the shingles of texts x and y. */
  similarity(x: number, y: number): number {
    // Both sets first: building one fills the table.
    this.size(y);
    return this.jaccard(this.table(x), x, y);
  }

  /** jaccard() of texts x and y, `table` holding the shingles of x (built, as y's must be). */
  jaccard(table: IntSet, x: number, y: number): number {
    let shared = 0;
    for (let i = this.starts[y]!; i < this.ends[y]!; i++) if (table.has(this.all[i]!)) shared++;
    return shared / (this.ends[x]! - this.starts[x]! + this.ends[y]! - this.starts[y]! - shared);
  }
}

/**
 * The candidate pairs of items by their signatures (`WIDTH` bins each): items whose band of the signature is
 * equal, for any band; then, with `minSimilarity`, without the pairs of `long` items (with enough shingles for
 * a close estimate) whose estimate is far below it.
 */
function pairsOfSignatures(signatures: Int32Array, n: number, minSimilarity: number, long: (item: number) => boolean): [number, number][] {
  // Each pair once (a pair shares several bands), in a stable order: sorted by first item, then second.
  const keys = bandPairs(signatures, n).keys(n);
  keys.sort();
  return distinctPairs(keys, n, signatures, Math.ceil((minSimilarity - 0.3) * WIDTH), long);
}

/**
 * The pairs of items in a bucket of some band. Items are grouped by band: sorted by a hash of the band, then
 * by item, in one typed array (no Map or array per item); items with the same hash are split into buckets of
 * equal bands, each in item order.
 */
function bandPairs(signatures: Int32Array, n: number): PairList {
  const pairs = new PairList();
  const order = new Float64Array(n);
  const run = new Int32Array(n);
  const bucket = new Int32Array(n);
  for (let band = 0, at = 0; band < BANDS; band++, at += ROWS) {
    bandOrder(signatures, n, at, order);
    for (let start = 0; start < n;) {
      const stop = runEnd(order, start, n);
      if (stop - start > 1) splitRun(signatures, at, order, start, stop, run, bucket, pairs);
      start = stop;
    }
  }
  return pairs;
}

/**
 * The pairs of sorted `keys` (x × n + y), each once, but those of `long` items whose signatures have fewer than
 * `needed` equal bins: equal bins estimate the similarity, and short texts (fewer than twice as many shingles as
 * bins) are always kept for the exact check, as their estimate is coarse. (A function of its own, so that its
 * loop is compiled with what it meets, not with the loops before it.)
 */
function distinctPairs(keys: Float64Array, n: number, signatures: Int32Array, needed: number, long: (item: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i] === keys[i - 1]) continue;
    const x = Math.floor(keys[i]! / n);
    const y = keys[i]! - x * n;
    // The bins first: they are at hand, while telling a long text may mean building its set.
    if (needed > 0 && !enoughEqualBins(signatures, x * WIDTH, y * WIDTH, needed) && long(x) && long(y)) continue;
    out.push([x, y]);
  }
  return out;
}

/** Pairs as two small integers side by side in a typed array that grows: no array, string or set per pair. */
class PairList {
  private data = new Int32Array(1024);
  private length = 0;

  add(x: number, y: number): void {
    if (this.length + 2 > this.data.length) {
      const larger = new Int32Array(this.data.length * 2);
      larger.set(this.data);
      this.data = larger;
    }
    this.data[this.length++] = x;
    this.data[this.length++] = y;
  }

  /** Each pair as one number, x × n + y, exact in a double: sorting them sorts the pairs. */
  keys(n: number): Float64Array {
    const keys = new Float64Array(this.length / 2);
    for (let i = 0; i < keys.length; i++) keys[i] = this.data[2 * i]! * n + this.data[2 * i + 1]!;
    return keys;
  }
}

/** Where the run of `order` from `start` whose band hash is the same ends. */
function runEnd(order: Float64Array, start: number, n: number): number {
  const h = Math.floor(order[start]! / ITEMS);
  let stop = start + 1;
  while (stop < n && Math.floor(order[stop]! / ITEMS) === h) stop++;
  return stop;
}

/**
 * Splits the items of a run of equal band hashes (in item order) into buckets of equal bands, each in item
 * order, and adds each bucket's pairs. Nearly always the whole run is one bucket (hashes of different bands
 * rarely collide): the first pass over it takes the items of the first item's band, the next the first of
 * the others' band, and so on.
 */
function splitRun(signatures: Int32Array, at: number, order: Float64Array, start: number, stop: number, run: Int32Array, bucket: Int32Array, pairs: PairList): void {
  const h = Math.floor(order[start]! / ITEMS);
  let left = stop - start;
  for (let k = 0; k < left; k++) run[k] = order[start + k]! - h * ITEMS;
  while (left > 0) {
    const head = run[0]!;
    let size = 1;
    let rest = 0;
    bucket[0] = head;
    for (let k = 1; k < left; k++) {
      const item = run[k]!;
      if (sameBand(signatures, head, item, at)) bucket[size++] = item;
      else run[rest++] = item;
    }
    addBucket(bucket, size, pairs);
    left = rest;
  }
}

function sameBand(signatures: Int32Array, x: number, y: number, at: number): boolean {
  for (let r = 0; r < ROWS; r++) if (signatures[x * WIDTH + at + r] !== signatures[y * WIDTH + at + r]) return false;
  return true;
}

/** The pairs of the first `size` items of `bucket`. */
function addBucket(bucket: Int32Array, size: number, pairs: PairList): void {
  if (size < 2) return;
  // A crowded bucket means identical texts: chaining them is enough to group them.
  for (let i = 1; i < size; i++) pairs.add(bucket[0]!, bucket[i]!);
  if (size <= 8) {
    for (let i = 1; i < size; i++) for (let j = i + 1; j < size; j++) pairs.add(bucket[i]!, bucket[j]!);
  }
}

/**
 * Whether the two signatures at `x` and `y` have at least `needed` equal bins. Counting stops once the verdict is
 * known: enough equal bins, or too few bins left to reach enough.
 */
function enoughEqualBins(signatures: Int32Array, x: number, y: number, needed: number): boolean {
  let same = 0;
  for (let b = 0, left = WIDTH; b < WIDTH && same < needed && same + left >= needed; b++, left--) if (signatures[x + b] === signatures[y + b]) same++;
  return same >= needed;
}

/** The hash of each item's band at `at` of its signature, and the item, as one double each: sorting them groups equal hashes. */
function bandOrder(signatures: Int32Array, n: number, at: number, order: Float64Array): void {
  // The ROWS (4) rows written out: while this runs as bytecode (a typical file), a loop per item costs as much as the hash.
  for (let item = 0, row = at; item < n; item++, row += WIDTH) {
    let h = Math.imul(0x811c9dc5 ^ signatures[row]!, 0x01000193);
    h = Math.imul(h ^ signatures[row + 1]!, 0x01000193);
    h = Math.imul(h ^ signatures[row + 2]!, 0x01000193);
    h = Math.imul(h ^ signatures[row + 3]!, 0x01000193);
    order[item] = (h >>> 0) * ITEMS + item;
  }
  order.sort();
}

/**
 * One-permutation MinHash with rotation densification (Shrivastava and Li, 2014): each shingle is hashed
 * once into one of `WIDTH` bins, keeping each bin's minimum; an empty bin borrows the next non-empty one.
 * It estimates similarity like `WIDTH` separate hash functions, at the cost of one.
 */
function signInto(values: Shingles, signatures: Int32Array, at: number): void {
  signatures.fill(EMPTY, at, at + WIDTH);
  for (let i = 0; i < values.length; i++) placeInBin(values[i]!, signatures, at);
  densify(signatures, at);
}

/** Puts shingle `v` into its bin of the signature at `at`. */
function placeInBin(v: number, signatures: Int32Array, at: number): void {
  let h = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  // The bin is h, read as unsigned, modulo 48 = 16 × 3, in small integers: ((h >>> 4) mod 3) × 16 + (h mod 16).
  // (An unsigned 32-bit value is a double in V8, and the remainder of a double is a slow library call.)
  const bin = at + ((((h >>> 4) % 3) << 4) | (h & 15));
  const value = h >>> 1;
  const old = signatures[bin]!;
  if (old === EMPTY || value < old) signatures[bin] = value;
}

/**
 * The signatures of normalized texts, each what signInto gives for the text's shingles: the shingles are hashed
 * and placed as they are read, and a shingle seen twice is placed twice, which leaves each bin's minimum as it was.
 * One loop over every text, so that it is compiled early, even when the texts are few.
 */
function signTexts(texts: readonly string[]): Int32Array {
  const signatures = new Int32Array(texts.length * WIDTH);
  for (let t = 0, at = 0; t < texts.length; t++, at += WIDTH) {
    const text = texts[t]!;
    signatures.fill(EMPTY, at, at + WIDTH);
    if (text.length <= SHINGLE) {
      placeInBin(hash(text), signatures, at);
      densify(signatures, at);
      continue;
    }
    let c1 = text.charCodeAt(0);
    let c2 = text.charCodeAt(1);
    let c3 = text.charCodeAt(2);
    let c4 = text.charCodeAt(3);
    for (let i = SHINGLE - 1; i < text.length; i++) {
      const c5 = text.charCodeAt(i);
      // The hash of shinglesInto, then placeInBin's, written out: a call per character costs much while the
      // loop still runs as bytecode.
      let v = Math.imul(0x811c9dc5 ^ c1, 0x01000193);
      v = Math.imul(v ^ c2, 0x01000193);
      v = Math.imul(v ^ c3, 0x01000193);
      v = Math.imul(v ^ c4, 0x01000193);
      v = Math.imul(v ^ c5, 0x01000193);
      let h = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h ^= h >>> 16;
      const bin = at + ((((h >>> 4) % 3) << 4) | (h & 15));
      // The smaller of the two, with an empty bin (-1) read as the largest unsigned value: no branch to mispredict.
      const old = signatures[bin]! >>> 0;
      const value = h >>> 1;
      signatures[bin] = value < old ? value : old;
      c1 = c2;
      c2 = c3;
      c3 = c4;
      c4 = c5;
    }
    densify(signatures, at);
  }
  return signatures;
}

/**
 * Each empty bin of the signature at `at`, in order, borrows from the first non-empty bin after it, wrapping
 * around to bin 0 (filled by then). Most bins are filled: the search for the next filled one is short.
 */
function densify(signatures: Int32Array, at: number): void {
  for (let bin = 0; bin < WIDTH; bin++) {
    if (signatures[at + bin] !== EMPTY) continue;
    // Bins after this one are as they were placed: the first filled one is the donor.
    let donor = bin + 1;
    while (donor < WIDTH && signatures[at + donor] === EMPTY) donor++;
    // Bin 0 with no filled bin after it: every bin is empty, and none can borrow.
    if (donor === WIDTH && bin === 0) return;
    const step = donor < WIDTH ? donor - bin : WIDTH - bin;
    signatures[at + bin] = (signatures[at + (donor < WIDTH ? donor : 0)]! + Math.imul(step, 0x9e3779b1)) >>> 1;
  }
}

function hash(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
