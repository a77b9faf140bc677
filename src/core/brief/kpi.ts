import { metrics, type MetricFacts } from '../catalog/index.js';
import { isLabelledMetric, metricLabel as catalogMetricLabel } from '../catalog/labels.js';
import type { Kpi } from '../strategy/types.js';
import { formatChange, formatMoney, formatNumber, formatPercent } from './format.js';
import type { BriefLanguage, KpiView } from './model.js';

const factsOf = (metric: string): MetricFacts | undefined => (Object.hasOwn(metrics, metric) ? metrics[metric] : undefined);

/**
 * A figure of a metric as its catalog unit says: a ratio as a percentage, money in the currency, a multiple
 * with "×"; counts, durations, scores and the user's own metrics as plain numbers.
 */
export function metricValue(metric: string, value: number, currency: string | null, locale = 'en'): string {
  switch (factsOf(metric)?.unit) {
    case 'ratio': return formatPercent(value, locale);
    case 'money': return formatMoney(value, currency, { locale });
    case 'multiple': return `${formatNumber(value, locale)}×`;
    default: return formatNumber(value, locale);
  }
}

export function kpiView(kpi: Kpi, currency: string | null, language: BriefLanguage): KpiView {
  const { locale } = language;
  const baseline = typeof kpi.baseline === 'number' ? kpi.baseline : null;
  const target = typeof kpi.target === 'number' ? kpi.target : null;
  const ratio = factsOf(kpi.metric)?.unit === 'ratio';
  const change = baseline !== null && target !== null ? formatChange(baseline, target, ratio, language.t) : null;
  return {
    metric: kpi.metric,
    label: catalogMetricLabel(language.catalog, kpi.metric),
    catalog: isLabelledMetric(kpi.metric),
    baseline,
    target,
    hasBaseline: baseline !== null,
    baselineText: baseline === null ? '—' : metricValue(kpi.metric, baseline, currency, locale),
    targetText: target === null ? '—' : metricValue(kpi.metric, target, currency, locale),
    change,
    changeText: change ?? '—',
  };
}

/** The metric's name in English: the catalog label, or the user's own id made readable (a translator: catalog/labels.ts). */
export function metricLabel(metric: string): string {
  const words = metric.replace(/[_-]+/g, ' ').trim();
  return factsOf(metric)?.label ?? words.charAt(0).toUpperCase() + words.slice(1);
}
