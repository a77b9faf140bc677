import { metrics } from '../catalog/index.js';
import type { Kpi } from '../strategy/types.js';
import { formatChange, formatMoney, formatNumber, formatPercent } from './format.js';
import type { KpiView } from './model.js';

// Catalog metrics counted in money; MetricFacts only says whether a metric is a rate.
const MONEY_METRICS = new Set(['cost_per_click', 'cost_per_acquisition', 'cost_per_lead', 'revenue', 'average_order_value', 'customer_lifetime_value']);

/** The metric's name in words: the catalog label, or the user's own id made readable. */
export function metricLabel(metric: string): string {
  const known = Object.hasOwn(metrics, metric) ? metrics[metric] : undefined;
  if (known) return known.label;
  const words = metric.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A figure of a metric: a rate as a percentage, a cost in the currency, return on ad spend as a multiple. */
export function metricValue(metric: string, value: number, currency: string | null): string {
  if (Object.hasOwn(metrics, metric) && metrics[metric]?.ratio) return formatPercent(value);
  if (MONEY_METRICS.has(metric)) return formatMoney(value, currency);
  if (metric === 'return_on_ad_spend') return `${formatNumber(value)}×`;
  return formatNumber(value);
}

export function kpiView(kpi: Kpi, currency: string | null): KpiView {
  const baseline = typeof kpi.baseline === 'number' ? kpi.baseline : null;
  const target = typeof kpi.target === 'number' ? kpi.target : null;
  const ratio = Object.hasOwn(metrics, kpi.metric) && metrics[kpi.metric]?.ratio === true;
  const change = baseline !== null && target !== null ? formatChange(baseline, target, ratio) : null;
  return {
    metric: kpi.metric,
    label: metricLabel(kpi.metric),
    catalog: Object.hasOwn(metrics, kpi.metric),
    baseline,
    target,
    hasBaseline: baseline !== null,
    baselineText: baseline === null ? '—' : metricValue(kpi.metric, baseline, currency),
    targetText: target === null ? '—' : metricValue(kpi.metric, target, currency),
    change,
    changeText: change ?? '—',
  };
}
