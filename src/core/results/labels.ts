// The catalog's names (metrics, channel types, funnel stages) as the scorecard and the report write them, in
// their language. One place, so that the catalog's own translations replace these in one change.
import { channelType } from '../catalog/index.js';
import { metrics } from '../catalog/metrics.js';
import type { Stage } from '../strategy/schema-types.js';

/**
 * A metric's name: the catalog's label, or the user's own id with spaces for underscores (`capital`: its first
 * letter upper case, as a heading of the report writes it).
 */
export function metricName(metric: string, _locale: string, capital = false): string {
  if (Object.hasOwn(metrics, metric)) return metrics[metric]!.label;
  const words = capital ? metric.replace(/[_-]+/g, ' ').trim() : metric.replace(/_/g, ' ');
  return capital ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

/** A channel type's name ("Instagram", "Website"), or the type as written. */
export function channelTypeName(type: string, _locale: string): string {
  return channelType(type)?.label ?? type;
}

const STAGE_LABELS: Record<Stage, string> = {
  awareness: 'Awareness', consideration: 'Consideration', conversion: 'Conversion', retention: 'Retention', advocacy: 'Advocacy',
};

/** A funnel stage's name. */
export function stageName(stage: Stage, _locale: string): string {
  return STAGE_LABELS[stage];
}
