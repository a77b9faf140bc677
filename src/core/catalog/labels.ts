// The words of the catalog that readers see (channel type, format, metric and funnel stage names, media
// categories, the fields a limit applies to, format notes), as a message table: the English table is built from
// the catalog's own labels, and other languages give theirs in `locales/catalog.<lang>.json` by the same keys.
import type { Stage } from '../strategy/schema-types.js';
import type { Translator } from '../i18n/translate.js';
import { channelTypes } from './channels.js';
import { formats } from './formats.js';
import { metrics } from './metrics.js';
import type { Category } from './types.js';

/** The funnel stages as the method names them. */
export const STAGE_NAMES: Readonly<Record<Stage, string>> = {
  awareness: 'Awareness', consideration: 'Consideration', conversion: 'Conversion', retention: 'Retention', advocacy: 'Advocacy',
};

const CATEGORY_NAMES: Readonly<Record<Category, string>> = { owned: 'owned media', paid: 'paid media', earned: 'earned media' };

/** A key made of the first words of an English text: "Links in captions are…" → "links-in-captions-are-not-clickable". */
function slug(text: string, words = 6): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').slice(0, words).join('-');
}

/** The key of a limit's field label ("primary text" → "limit.primary-text"). */
export const limitKey = (label: string) => `limit.${slug(label, 8)}`;
/** The key of a format note, by its English text. */
export const noteKey = (note: string) => `note.${slug(note)}`;

// ICU MessageFormat reads { } and a quote before them as syntax: catalog text is literal.
const literal = (text: string) => text.replace(/'/g, "''").replace(/[{}]/g, (brace) => `'${brace}'`);

function buildEnglish(): Record<string, string> {
  const table: Record<string, string> = {};
  const put = (key: string, text: string) => {
    const value = literal(text);
    if (Object.hasOwn(table, key) && table[key] !== value) throw new Error(`Two catalog texts share the key ${key}.`);
    table[key] = value;
  };
  for (const [id, name] of Object.entries(STAGE_NAMES)) put(`stage.${id}`, name);
  for (const [id, name] of Object.entries(CATEGORY_NAMES)) put(`category.${id}`, name);
  for (const [id, type] of Object.entries(channelTypes)) put(`channel.${id}`, type.label);
  for (const [id, format] of Object.entries(formats)) {
    put(`format.${id}`, format.label);
    put(`format.${id}.description`, format.description);
  }
  for (const [id, metric] of Object.entries(metrics)) put(`metric.${id}`, metric.label);
  for (const type of Object.values(channelTypes)) {
    for (const facts of Object.values(type.formats)) {
      if (!facts) continue;
      for (const limit of facts.limits) put(limitKey(limit.label), limit.label);
      if (facts.note) put(noteKey(facts.note), facts.note);
    }
  }
  return table;
}

/** The English source table of the catalog's words, built from the catalog itself. */
export const CATALOG_MESSAGES: Readonly<Record<string, string>> = buildEnglish();

/** A translator of the catalog's words (`loadTranslator(CATALOG_MESSAGES, 'catalog', locale)` in the CLI). */
export type CatalogTranslator = Translator<string>;

const has = (key: string) => Object.hasOwn(CATALOG_MESSAGES, key);

/** A stage's name: "Awareness", "Świadomość". */
export function stageLabel(t: CatalogTranslator, stage: string): string {
  return has(`stage.${stage}`) ? t.t(`stage.${stage}`) : stage;
}

/** "owned media", "media własne"; a category the catalog does not know is returned as written. */
export function categoryLabel(t: CatalogTranslator, category: string): string {
  return has(`category.${category}`) ? t.t(`category.${category}`) : category;
}

/** A channel type's name ("Email", "Poczta e-mail"), or the id as written when the catalog does not know it. */
export function channelTypeLabel(t: CatalogTranslator, type: string): string {
  return has(`channel.${type}`) ? t.t(`channel.${type}`) : type;
}

/** A format's name, or the id as written. */
export function formatLabel(t: CatalogTranslator, format: string): string {
  return has(`format.${format}`) ? t.t(`format.${format}`) : format;
}

/** What a format is, in one sentence; undefined for a format the catalog does not know. */
export function formatDescription(t: CatalogTranslator, format: string): string | undefined {
  return has(`format.${format}.description`) ? t.t(`format.${format}.description`) : undefined;
}

/** true when `metric` is a catalog metric (and so has a translated name). */
export function isLabelledMetric(metric: string): boolean {
  return has(`metric.${metric}`);
}

/** A metric's name: the catalog's, translated, or the user's own id made readable ("store_visits" → "Store visits"). */
export function metricLabel(t: CatalogTranslator, metric: string): string {
  if (has(`metric.${metric}`)) return t.t(`metric.${metric}`);
  const words = metric.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The field a limit applies to ("primary text", "tekst główny"), as the catalog writes it when unknown. */
export function limitLabel(t: CatalogTranslator, label: string): string {
  return has(limitKey(label)) && CATALOG_MESSAGES[limitKey(label)] === literal(label) ? t.t(limitKey(label)) : label;
}

/** A format note of the catalog, translated; a note the table does not hold is returned as written. */
export function noteLabel(t: CatalogTranslator, note: string): string {
  return has(noteKey(note)) && CATALOG_MESSAGES[noteKey(note)] === literal(note) ? t.t(noteKey(note)) : note;
}
