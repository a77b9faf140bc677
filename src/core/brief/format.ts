// Briefs are compared byte for byte in tests and in review diffs, so every figure is formatted in one
// fixed locale rather than the machine's.
const LOCALE = 'en-US';

const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 2 });
const signedPercentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const signedNumberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });

/** 12000 → "12,000"; 0.456 → "0.46". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A fraction as a percentage: 0.02 → "2%", 0.0125 → "1.25%". */
export function formatPercent(fraction: number): string {
  return percentFormat.format(fraction);
}

/** 3000 and "EUR" → "€3,000"; cents only when there are any. Without a currency, a plain number. */
export function formatMoney(amount: number, currency?: string | null): string {
  if (!currency) return formatNumber(amount);
  try {
    const cents = Number.isInteger(amount) ? 0 : 2;
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, minimumFractionDigits: cents, maximumFractionDigits: cents }).format(amount);
  } catch {
    return `${formatNumber(amount)} ${currency}`;
  }
}

/** "2027-06-30" → "June 30, 2027"; anything that is not an ISO date is returned as written. */
export function formatDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** How far a target is from its baseline: "+60%" for counts and money, "+0.8 pts" for rates. */
export function formatChange(baseline: number, target: number, ratio: boolean): string | null {
  if (ratio) return `${signedNumberFormat.format((target - baseline) * 100)} pts`;
  if (baseline === 0) return null;
  return signedPercentFormat.format((target - baseline) / Math.abs(baseline));
}
