/** ISO calendar dates (YYYY-MM-DD) as whole days since 1970-01-01, so that spans are counted without time zones. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of an ISO date, or undefined when it is not a real calendar date. */
export function dayOf(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / 86_400_000;
}

/** The ISO date of a day number. */
export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A span of days, both ends inclusive. */
export interface DaySpan {
  start: number;
  end: number;
}

/** The spans merged where they overlap or touch, in order: a day live in two flights counts once. */
export function mergeSpans(spans: DaySpan[]): DaySpan[] {
  const sorted = spans.filter((s) => s.start <= s.end).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: DaySpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end + 1) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** How many days of the (merged) spans there are in all, and how many of them fall on or before `day`. */
export function daysPassed(spans: DaySpan[], day: number): { total: number; passed: number } {
  let total = 0;
  let passed = 0;
  for (const span of spans) {
    const length = span.end - span.start + 1;
    total += length;
    if (day >= span.end) passed += length;
    else if (day >= span.start) passed += day - span.start + 1;
  }
  return { total, passed };
}
