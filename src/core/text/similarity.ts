// Invisible characters (zero-width space, joiner and non-joiner, word joiner, soft hyphen, variation
// selectors, byte-order mark…): Unicode's Default_Ignorable_Code_Point property lists them all.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
// An apostrophe inside a word (Ukrainian «м'ясо», Irish «a' chur», English «don't») is part of the word,
// whichever apostrophe was typed: dropped, so the word stays one word.
const APOSTROPHE = /(?<=\p{L})['\u2019\u02bc\u02b9\u0060\u00b4](?=\p{L})/gu;

// Look-alike letters of Cyrillic and Greek folded to the Latin letter they imitate, after lowercasing, so
// "sаle" with a Cyrillic "а" is "sale". From Unicode's confusables (UTS #39,
// https://www.unicode.org/Public/security/latest/confusables.txt): the lowercase letters it maps to a single
// Latin letter, and the lowercase forms of capitals it does (В, К, М, Н, Т), since text is lowercased first.
// No two letters of the Ukrainian, Russian or Greek alphabets fold to the same Latin letter (only the rare
// Cyrillic "һ" shares "н"'s), so genuine Cyrillic or Greek text keeps every distinction it had; Polish and
// Irish letters are Latin and are not folded (their accents are dropped, as every accent is).
const LOOK_ALIKE: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', ԁ: 'd', е: 'e', һ: 'h', н: 'h', і: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm', п: 'n', о: 'o', р: 'p',
  ԛ: 'q', с: 'c', ѕ: 's', т: 't', у: 'y', ԝ: 'w', х: 'x',
  // Greek
  α: 'a', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', γ: 'y',
  // Latin letters that imitate others
  ı: 'i', ȷ: 'j', ɑ: 'a', ɡ: 'g', ɩ: 'i', ʏ: 'y',
};
const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKE).join('')}]`, 'gu');

/**
 * Lowercase letters and digits only, single spaces: accents, emoji and invisible characters dropped, and
 * Cyrillic and Greek look-alikes of Latin letters folded, so neither can hide a copy.
 */
export function normalizeText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHE, '')
    .replace(LOOK_ALIKE_PATTERN, (c) => LOOK_ALIKE[c]!)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

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
 */
export function candidatePairs(sets: Shingles[]): [number, number][] {
  const width = BANDS * ROWS;
  const signatures = new Int32Array(sets.length * width);
  sets.forEach((values, item) => signInto(values, signatures, item * width, width));
  // Buckets of items whose band of the signature is equal, keyed by a hash of the band (checked in full).
  const sameBand = (x: number, y: number, at: number) => {
    for (let r = 0; r < ROWS; r++) if (signatures[x * width + at + r] !== signatures[y * width + at + r]) return false;
    return true;
  };
  const buckets: number[][] = [];
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
    for (const lists of byHash.values()) for (const list of lists) if (list.length > 1) buckets.push(list);
  }
  // Pairs as one number each (first × count + second): no string per pair.
  const count = sets.length;
  const pairs = new Set<number>();
  for (const bucket of buckets) {
    // A crowded bucket means identical texts: chaining them is enough to group them.
    for (let i = 1; i < bucket.length; i++) pairs.add(bucket[0]! * count + bucket[i]!);
    if (bucket.length <= 8) {
      for (let i = 1; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) pairs.add(bucket[i]! * count + bucket[j]!);
    }
  }
  return Array.from(pairs, (pair) => [Math.floor(pair / count), pair % count]);
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
  for (let bin = 0; bin < width; bin++) {
    if (signatures[at + bin] !== empty) continue;
    for (let step = 1; step < width; step++) {
      const donor = signatures[at + ((bin + step) % width)]!;
      if (donor !== empty) {
        signatures[at + bin] = (donor + Math.imul(step, 0x9e3779b1)) >>> 1;
        break;
      }
    }
  }
}

function hash(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
