/** Lowercase letters and digits only, accents and emoji dropped, single spaces. */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const SHINGLE = 5;

/** Character 5-shingles, hashed. A text shorter than a shingle is one shingle. */
export function shingles(normalized: string): Set<number> {
  const set = new Set<number>();
  if (normalized.length <= SHINGLE) {
    set.add(hash(normalized));
    return set;
  }
  // Hashed into a sorted array first: the set is built once from unique values, and its sorted copy is kept.
  const hashes = new Int32Array(normalized.length - SHINGLE + 1);
  for (let i = 0; i < hashes.length; i++) hashes[i] = hash(normalized, i, i + SHINGLE);
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[unique++] = hashes[i]!;
  const values = hashes.subarray(0, unique);
  for (let i = 0; i < values.length; i++) set.add(values[i]!);
  sortedCache.set(set, values);
  return set;
}

// Sorted copies of the sets, so that comparing two of them is one merge (a set is compared with many others).
// The sets are not changed once built; a change of size would still be noticed.
const sortedCache = new WeakMap<Set<number>, Int32Array>();
function sorted(set: Set<number>): Int32Array {
  let array = sortedCache.get(set);
  if (!array || array.length !== set.size) {
    array = new Int32Array(set.size);
    let i = 0;
    for (const x of set) array[i++] = x;
    array.sort();
    sortedCache.set(set, array);
  }
  return array;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size < 16 || b.size < 16) {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let shared = 0;
    for (const x of small) if (large.has(x)) shared++;
    return shared / (a.size + b.size - shared);
  }
  const [x, y] = [sorted(a), sorted(b)];
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
  return shared / (a.size + b.size - shared);
}

const BANDS = 12;
const ROWS = 4;
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => [Math.imul(i + 1, 0x9e3779b1) | 1, Math.imul(i + 7, 0x85ebca6b)] as const);
const MULTIPLIERS = Int32Array.from(SEEDS, ([a]) => a);
const OFFSETS = Int32Array.from(SEEDS, ([, b]) => b);

/**
 * Pairs of items whose shingle sets are likely to be at least moderately similar, by MinHash with
 * locality-sensitive hashing: 12 bands of 4 rows find a pair at 0.8 similarity with probability 0.998,
 * in time linear in the number of items (never comparing every pair).
 */
export function candidatePairs(sets: Set<number>[]): [number, number][] {
  const width = BANDS * ROWS;
  const signatures = new Int32Array(sets.length * width);
  sets.forEach((set, item) => {
    const values = sorted(set);
    for (let s = 0; s < width; s++) {
      const a = MULTIPLIERS[s]!;
      const b = OFFSETS[s]!;
      let min = 0x7fffffff;
      for (let i = 0; i < values.length; i++) {
        const h = ((Math.imul(values[i]!, a) + b) | 0) >>> 1;
        if (h < min) min = h;
      }
      signatures[item * width + s] = min;
    }
  });
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

function hash(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
