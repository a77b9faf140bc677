import { channelTypes, formats, metrics } from '../catalog/index.js';
import type { ChannelTypeId, FormatId } from '../catalog/types.js';
import { STAGES, type Stage } from '../strategy/types.js';
import { FORMAT_DRAFTS, type Draft } from './drafts.js';
import { KINDS, type BusinessKind, type KindFacts } from './kinds.js';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOG_MESSAGES, limitKey, type CatalogTranslator } from '../catalog/labels.js';
import { createTranslator } from '../i18n/translate.js';
import { t, tx, wizardLocale } from './messages.js';

// The catalog's and the drafts' words in the wizard's language. The catalog's words come from the table every
// command shares (locales/catalog.<lang>.json), so the wizard names a channel as the briefs do.

const englishCatalog = createTranslator(CATALOG_MESSAGES, IntlMessageFormat);
let catalog: CatalogTranslator = englishCatalog;

/** The catalog's words from now on (built over CATALOG_MESSAGES); none: the catalog's English. */
export function useCatalog(translator?: CatalogTranslator): void {
  catalog = translator ?? englishCatalog;
}

const word = (key: string, fallback: string) => (Object.hasOwn(CATALOG_MESSAGES, key) ? catalog.t(key) : fallback);
export const typeName = (type: ChannelTypeId): string => word(`channel.${type}`, channelTypes[type]?.label ?? type);
export const formatName = (format: FormatId): string => word(`format.${format}`, formats[format]?.label ?? format);
export const formatAbout = (format: FormatId): string => word(`format.${format}.description`, formats[format]?.description ?? '');
export const metricLabel = (metric: string): string => word(`metric.${metric}`, metrics[metric]?.label ?? metric);
export const limitLabel = (label: string): string => word(limitKey(label), label);
export const stageName = (stage: Stage): string => t(`stage.name.${stage}`);

/** The draft of a format's content in the wizard's language. */
export function draftOf(format: FormatId): Draft {
  const english = FORMAT_DRAFTS[format];
  return { message: tx(`draft.${format}.message`, english.message), cta: tx(`draft.${format}.cta`, english.cta) };
}

/** What a kind of business suggests, its words in the wizard's language. */
export function kindFacts(kind: BusinessKind): KindFacts {
  const facts = KINDS[kind];
  const voice = tx(`kind.${kind}.voice`, facts.voice.join(', ')).split(',').map((w) => w.trim()).filter(Boolean);
  return {
    ...facts,
    metric: tx(`kind.${kind}.metric`, facts.metric),
    voice,
    objectives: Object.fromEntries(STAGES.map((s) => [s, tx(`kind.${kind}.objective.${s}`, facts.objectives[s])])) as Record<Stage, string>,
    examples: Object.fromEntries(Object.entries(facts.examples).map(([field, value]) => [field, tx(`kind.${kind}.example.${field}`, value)])) as KindFacts['examples'],
  };
}

/** An ISO day as the wizard's language writes it by hand: 2027-03-01 in English, 01.03.2027 in Polish. */
export function dayShown(iso: string): string {
  const locale = wizardLocale();
  if (locale === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat(locale === 'ga' ? 'ga-IE' : locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** A number as the wizard's language writes it: 12000 in English (as typed), "12 000" in Polish. */
export function numberShown(value: number): string {
  const locale = wizardLocale();
  if (locale === 'en') return String(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: true }).format(value).replace(/[\u00a0\u202f]/g, ' ');
}
