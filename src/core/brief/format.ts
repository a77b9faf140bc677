import { formatSigned } from '../i18n/format.js';

// Briefs are compared byte for byte in tests and in review diffs: every figure is formatted in mcm's
// English (src/core/i18n/format.ts), never in the machine's locale.
export { formatDate, formatMoney, formatNumber, formatPercent } from '../i18n/format.js';

/** How far a target is from its baseline: "+60%" for counts and money, "+0.8 pts" for rates. */
export function formatChange(baseline: number, target: number, ratio: boolean): string | null {
  if (ratio) return `${formatSigned((target - baseline) * 100)} pts`;
  if (baseline === 0) return null;
  return formatSigned((target - baseline) / Math.abs(baseline), { percent: true });
}
