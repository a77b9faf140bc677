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
  for (let i = 0; i + SHINGLE <= normalized.length; i++) set.add(hash(normalized.slice(i, i + SHINGLE)));
  return set;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

const BANDS = 12;
const ROWS = 4;
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => [Math.imul(i + 1, 0x9e3779b1) | 1, Math.imul(i + 7, 0x85ebca6b)] as const);

/**
 * Pairs of items whose shingle sets are likely to be at least moderately similar, by MinHash with
 * locality-sensitive hashing: 12 bands of 4 rows find a pair at 0.8 similarity with probability 0.998,
 * in time linear in the number of items (never comparing every pair).
 */
export function candidatePairs(sets: Set<number>[]): [number, number][] {
  const buckets = new Map<string, number[]>();
  const signature = new Int32Array(BANDS * ROWS);
  sets.forEach((set, item) => {
    signature.fill(0x7fffffff);
    for (const x of set) {
      for (let s = 0; s < SEEDS.length; s++) {
        const [a, b] = SEEDS[s]!;
        const h = (Math.imul(x, a) + b) >>> 1;
        if (h < signature[s]!) signature[s] = h;
      }
    }
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${signature.subarray(band * ROWS, band * ROWS + ROWS).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(item);
      else buckets.set(key, [item]);
    }
  });
  const pairs = new Map<string, [number, number]>();
  for (const bucket of buckets.values()) {
    // A crowded bucket means identical texts: chaining them is enough to group them.
    for (let i = 1; i < bucket.length; i++) pairs.set(`${bucket[0]}:${bucket[i]}`, [bucket[0]!, bucket[i]!]);
    if (bucket.length <= 8) {
      for (let i = 1; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) pairs.set(`${bucket[i]}:${bucket[j]}`, [bucket[i]!, bucket[j]!]);
    }
  }
  return [...pairs.values()];
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
