import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, test } from 'vitest';
import { createTranslator } from '../../../src/core/i18n/translate.js';
import { CATALOG_MESSAGES } from '../../../src/core/catalog/labels.js';
import { INIT_MESSAGES, t, useTranslator } from '../../../src/core/init/messages.js';
import { useCatalog } from '../../../src/core/init/words.js';
import { LANGUAGES, tableProblems } from '../i18n/table-check.js';

// The wizard's tables: every key of the English one, the same placeholders, each language's plural forms.

const ROOT = join(import.meta.dirname, '../../..');
const tableOf = (locale: string) => JSON.parse(readFileSync(join(ROOT, 'locales', `init.${locale}.json`), 'utf8')) as Record<string, string>;
const catalogOf = (locale: string) => JSON.parse(readFileSync(join(ROOT, 'locales', `catalog.${locale}.json`), 'utf8')) as Record<string, string>;
export const speak = (locale: string) => {
  useTranslator(createTranslator(INIT_MESSAGES, IntlMessageFormat, { locale, table: tableOf(locale) }));
  useCatalog(createTranslator(CATALOG_MESSAGES, IntlMessageFormat, { locale, table: catalogOf(locale) }));
};

afterEach(() => {
  useTranslator();
  useCatalog();
});

describe('the wizard\'s message tables', () => {
  test.each(LANGUAGES)('%s has every key, with the same placeholders and its plural forms', (locale) => {
    expect(existsSync(join(ROOT, 'locales', `init.${locale}.json`))).toBe(true);
    expect(tableProblems(INIT_MESSAGES, tableOf(locale), locale)).toEqual([]);
  });

  test.each(LANGUAGES)('%s leaves no sentence in English (ids, brands and codes aside)', (locale) => {
    const table = tableOf(locale);
    // Brand names, codes and words the languages share with English.
    const same = /^(what\.(crm|kpi|usp)|sum\.(usp|kpis)|approach\.name\..*|run\.answers\.what|crm\.hint|kind\.b2b|kind\.events\.example\.name)$/;
    // Words these languages took from English as they are.
    const borrowed: Record<string, string[]> = {
      uk: [], ru: [],
      pl: ['approach.omnichannel', 'sum.persona'],
      ga: ['approach.omnichannel'],
    };
    const untranslated = Object.keys(INIT_MESSAGES).filter((key) => table[key] === INIT_MESSAGES[key] && /[a-z]{3}/.test(INIT_MESSAGES[key]!) && !same.test(key) && !borrowed[locale]!.includes(key));
    expect(untranslated).toEqual([]);
  });

  test('English by default, unchanged', () => {
    expect(t('resume.q', { file: 'a.yaml', when: '2027-01-01 10:00', count: 4 })).toBe('You left a.yaml unfinished on 2027-01-01 10:00, with 4 answers: go on from there?');
    expect(t('err.min', { what: 'The budget', min: 1000 })).toBe('The budget cannot be less than 1000.');
    expect(t('run.wrote', { file: 'x.yaml', personas: 1, channels: 2, stages: 5 })).toBe('Wrote x.yaml: 1 persona, 2 channels, 5 funnel stages.');
  });
});

describe('in Russian', () => {
  test('plurals for 1, 2, 5 and 22, numbers as Russian writes them', () => {
    speak('ru');
    expect([1, 2, 5, 22].map((n) => t('run.wrote', { file: 'x.yaml', personas: n, channels: n, stages: n }))).toEqual([
      'Записан x.yaml: 1 портрет клиента, 1 канал, 1 этап воронки.',
      'Записан x.yaml: 2 портрета клиента, 2 канала, 2 этапа воронки.',
      'Записан x.yaml: 5 портретов клиента, 5 каналов, 5 этапов воронки.',
      'Записан x.yaml: 22 портрета клиента, 22 канала, 22 этапа воронки.',
    ]);
    expect(t('err.min', { what: 'Бюджет', min: 12000 })).toBe('Бюджет: не может быть меньше 12\u00a0000.');
  });
});
