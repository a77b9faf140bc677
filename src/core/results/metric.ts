import { metrics, type MetricFacts } from '../catalog/metrics.js';
import type { Kpi } from '../strategy/types.js';

export interface MetricTraits {
  kind: MetricFacts['kind'];
  direction: MetricFacts['direction'];
  unit: MetricFacts['unit'];
  label: string;
  catalog: boolean;
}

/** How results of a KPI's metric add up and which way is better: the catalog's facts, or the KPI's own word for the user's metrics. */
export function traitsOf(kpi: Pick<Kpi, 'metric' | 'aggregate'>): MetricTraits {
  const facts = Object.hasOwn(metrics, kpi.metric) ? metrics[kpi.metric] : undefined;
  if (facts) return { kind: facts.kind, direction: facts.direction, unit: facts.unit, label: facts.label, catalog: true };
  return { kind: kpi.aggregate === 'last' ? 'level' : 'flow', direction: 'higher', unit: 'count', label: kpi.metric.replace(/_/g, ' '), catalog: false };
}
