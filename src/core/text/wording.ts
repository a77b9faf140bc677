/** Words joined as a sentence says them: `a`, `a or b`, `a, b or c`. */
export function listWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}` : words[0] ?? '';
}

/** Each item in double quotes, as messages show ids and values. */
export function quote(items: readonly string[]): string[] {
  return items.map((item) => `"${item}"`);
}
