import { channelTypes } from './channels.js';
import { isFormatId } from './formats.js';
import type { ChannelTypeFacts, ChannelTypeId, FormatFacts } from './types.js';

export { channelTypes, MISFIT_REASONS } from './channels.js';
export type { MisfitReason } from './channels.js';
export { formats, isFormatId } from './formats.js';
export type { FormatInfo } from './formats.js';
export { metrics, isCatalogMetric } from './metrics.js';
export type { MetricFacts } from './metrics.js';
export type * from './types.js';

/** true when `id` is a channel type of the catalog (`custom` included). */
export function isChannelTypeId(id: string): id is ChannelTypeId {
  return Object.hasOwn(channelTypes, id);
}

/** The catalog entry of a channel type, or undefined when the type is unknown. */
export function channelType(id: string): ChannelTypeFacts | undefined {
  return isChannelTypeId(id) ? channelTypes[id] : undefined;
}

/** The facts of a format on a channel type, or undefined when the type does not support it. */
export function formatFacts(typeId: string, formatId: string): FormatFacts | undefined {
  const type = channelType(typeId);
  if (!type || !isFormatId(formatId)) return undefined;
  return type.formats[formatId];
}

/**
 * The catalog metrics to use instead of `metricId` on a channel type where it does not exist;
 * empty when the metric fits, is unknown, or the type is unknown.
 */
export function suggestAlternatives(typeId: string, metricId: string): string[] {
  const type = channelType(typeId);
  if (!type || !Object.hasOwn(type.misfitMetrics, metricId)) return [];
  return [...(type.misfitMetrics[metricId]?.instead ?? [])];
}
