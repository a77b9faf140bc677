// The catalog's names of metrics as the scorecard writes them, in its language (catalog/labels.ts and
// locales/catalog.<lang>.json), so that track, the briefs and the report name a metric the same way.
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOG_MESSAGES, isLabelledMetric, metricLabel, type CatalogTranslator } from '../catalog/labels.js';
import { createTranslator } from '../i18n/translate.js';

/** The catalog's words in mcm's English. */
export const ENGLISH_CATALOG: CatalogTranslator = createTranslator(CATALOG_MESSAGES, IntlMessageFormat);

/**
 * A metric's name: the catalog's, in the translator's language, or the user's own id with spaces for underscores
 * (`capital`: as a heading writes it, "Store visits").
 */
export function metricName(metric: string, catalog: CatalogTranslator = ENGLISH_CATALOG, capital = false): string {
  if (isLabelledMetric(metric) || capital) return metricLabel(catalog, metric);
  return metric.replace(/_/g, ' ');
}
