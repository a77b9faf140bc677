// The catalog's names (metrics) as the scorecard writes them, in the scorecard's language.
import { metrics } from '../catalog/metrics.js';

/** A metric's name: the catalog's label, or the user's own id with spaces for underscores. */
export function metricName(metric: string, _locale: string): string {
  return Object.hasOwn(metrics, metric) ? metrics[metric]!.label : metric.replace(/_/g, ' ');
}
