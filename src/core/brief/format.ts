import { formatSigned } from '../i18n/format.js';
import type { BriefTranslator } from './messages.js';

// Briefs are compared byte for byte in tests and in review diffs: every figure is formatted in the brief's
// locale by src/core/i18n/format.ts (mcm's English by default), never in the machine's locale.
export { formatDate, formatMoney, formatNumber, formatPercent } from '../i18n/format.js';

/** How far a target is from its baseline: "+60%" for counts and money, "+0.8 pts" for rates. */
export function formatChange(baseline: number, target: number, ratio: boolean, t: BriefTranslator): string | null {
  const locale = t.locale;
  if (ratio) return t.t('kpi.points', { value: formatSigned((target - baseline) * 100, { locale }) });
  if (baseline === 0) return null;
  return formatSigned((target - baseline) / Math.abs(baseline), { percent: true, locale });
}
