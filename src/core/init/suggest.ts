import { normalizeText, jaccard, shingles } from '../text/similarity.js';

/** Messages at or above this similarity count as the same (no-identical-content's default threshold). */
export const SAME_MESSAGE = 0.8;

/** The earlier message this one repeats, if any. */
export function repeated(message: string, earlier: readonly { id: string; message: string }[]): string | undefined {
  const text = normalizeText(message);
  const set = shingles(text);
  return earlier.find((e) => {
    const other = normalizeText(e.message);
    return other === text || jaccard(set, shingles(other)) >= SAME_MESSAGE;
  })?.id;
}
