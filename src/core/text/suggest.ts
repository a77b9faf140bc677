/** Edit distance counting a swap of two neighbouring letters as one edit ("emial" → "email"), for hints. */
export function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  const plural = best !== undefined && (lower === best + 's' || lower + 's' === best || lower.replace(/[ _-]/g, '') === best.replace(/[ _-]/g, ''));
  return bestDistance <= tolerance || plural ? best : undefined;
}

/** Every candidate close enough to `word` to be what was meant, as `closest` judges closeness. */
export function closeMatches(word: string, candidates: Iterable<string>): string[] {
  return [...candidates].filter((candidate) => closest(word, [candidate]) === candidate);
}
