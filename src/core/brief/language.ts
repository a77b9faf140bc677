// The language of a brief. English is built in; another language is built by the CLI from its tables
// (`loadTranslator(BRIEF_MESSAGES, 'brief', locale)` and `loadTranslator(CATALOG_MESSAGES, 'catalog', locale)`).
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOG_MESSAGES } from '../catalog/labels.js';
import { createTranslator, type MessageTable } from '../i18n/translate.js';
import { BRIEF_MESSAGES } from './messages.js';
import type { BriefLanguage } from './model.js';

let english: BriefLanguage | undefined;

/** Briefs in `locale`, from the tables of its brief sentences and catalog words; English needs none. */
export function briefLanguage(locale = 'en', tables: { brief?: MessageTable; catalog?: MessageTable } = {}): BriefLanguage {
  if (locale === 'en' && !tables.brief && !tables.catalog) {
    english ??= briefLanguage('en', { brief: {}, catalog: {} });
    return english;
  }
  return {
    locale,
    t: createTranslator(BRIEF_MESSAGES, IntlMessageFormat, { locale, table: tables.brief }),
    catalog: createTranslator(CATALOG_MESSAGES, IntlMessageFormat, { locale, table: tables.catalog }),
  };
}
