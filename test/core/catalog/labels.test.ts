import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, test } from 'vitest';
import { channelTypes, formats, metrics } from '../../../src/core/catalog/index.js';
import {
  CATALOG_MESSAGES, categoryLabel, channelTypeLabel, formatDescription, formatLabel, limitKey, limitLabel, metricLabel, noteKey, noteLabel, stageLabel, STAGE_NAMES,
} from '../../../src/core/catalog/labels.js';
import { createTranslator } from '../../../src/core/i18n/translate.js';
import { LANGUAGES, tableProblems } from '../i18n/table-check.js';

const table = (locale: string) => JSON.parse(readFileSync(new URL(`../../../locales/catalog.${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const translator = (locale: string) => createTranslator(CATALOG_MESSAGES, IntlMessageFormat, locale === 'en' ? {} : { locale, table: table(locale) });

// Names that are the same in every language: brands, and words the language borrows as they are.
const SAME_EVERYWHERE = new Set(['facebook', 'instagram', 'tiktok', 'linkedin', 'x', 'youtube', 'pinterest', 'snapchat', 'telegram', 'whatsapp', 'viber', 'messenger', 'threads', 'reddit', 'twitch'].map((id) => `channel.${id}`));
const BORROWED: Record<string, string[]> = {
  pl: ['channel.blog', 'channel.webinar', 'channel.radio', 'channel.podcast', 'channel.marketplace', 'format.landing-page', 'format.pin', 'format.newsletter', 'format.billboard', 'limit.post'],
  uk: [],
  ru: [],
  ga: [],
};

describe('the catalog words as a message table', () => {
  test('English is the catalog\'s own labels, word for word', () => {
    const t = translator('en');
    for (const [id, type] of Object.entries(channelTypes)) expect(t.t(`channel.${id}`)).toBe(type.label);
    for (const [id, format] of Object.entries(formats)) {
      expect(t.t(`format.${id}`)).toBe(format.label);
      expect(t.t(`format.${id}.description`)).toBe(format.description);
    }
    for (const [id, metric] of Object.entries(metrics)) expect(t.t(`metric.${id}`)).toBe(metric.label);
    for (const type of Object.values(channelTypes)) {
      for (const facts of Object.values(type.formats)) {
        for (const limit of facts!.limits) expect(t.t(limitKey(limit.label))).toBe(limit.label);
        if (facts!.note) expect(t.t(noteKey(facts!.note))).toBe(facts!.note);
      }
    }
    expect(Object.keys(STAGE_NAMES).map((s) => t.t(`stage.${s}`))).toEqual(['Awareness', 'Consideration', 'Conversion', 'Retention', 'Advocacy']);
  });

  test.each(LANGUAGES)('locales/catalog.%s.json has every key of the English table, and nothing else', (locale) => {
    expect(tableProblems(CATALOG_MESSAGES, table(locale), locale)).toEqual([]);
  });

  test.each(LANGUAGES)('catalog.%s.json leaves no English word except names and borrowed words', (locale) => {
    const own = table(locale);
    const same = Object.keys(CATALOG_MESSAGES).filter((key) => own[key] === CATALOG_MESSAGES[key] && !SAME_EVERYWHERE.has(key)).sort();
    expect(same).toEqual([...BORROWED[locale]!].sort());
  });
});

describe('labels for a translator', () => {
  test('Polish names of a stage, a category, a channel type, a format, a metric, a limit and a note', () => {
    const t = translator('pl');
    expect(stageLabel(t, 'awareness')).toBe('Świadomość');
    expect(categoryLabel(t, 'earned')).toBe('media zdobyte');
    expect(channelTypeLabel(t, 'email')).toBe('E-mail');
    expect(formatLabel(t, 'short-video')).toBe('Krótkie wideo');
    expect(formatDescription(t, 'flyer')).toBe('Drukowana ulotka lub plakat rozdawany albo wywieszany.');
    expect(metricLabel(t, 'click_through_rate')).toBe('Współczynnik klikalności (CTR)');
    expect(limitLabel(t, 'primary text')).toBe('tekst główny');
    expect(noteLabel(t, channelTypes.instagram.formats['image-post']!.note!)).toBe('Linki w opisach postów nie są klikalne: użyj linku w bio, naklejki z linkiem w relacji albo reklamy.');
  });

  test('Ukrainian: the seeds\' own words', () => {
    const t = translator('uk');
    expect(metricLabel(t, 'reach')).toBe('Охоплення');
    expect(categoryLabel(t, 'owned')).toBe('власні медіа');
    expect(stageLabel(t, 'conversion')).toBe('Конверсія');
  });

  test('what the catalog does not know is shown as written; a user metric is made readable', () => {
    const t = translator('uk');
    expect(metricLabel(t, 'store_visits')).toBe('Store visits');
    expect(metricLabel(t, 'toString')).toBe('ToString');
    expect(channelTypeLabel(t, 'carrier-pigeon')).toBe('carrier-pigeon');
    expect(formatLabel(t, 'hologram')).toBe('hologram');
    expect(formatDescription(t, 'hologram')).toBeUndefined();
    expect(stageLabel(t, 'delight')).toBe('delight');
    expect(categoryLabel(t, 'shared')).toBe('shared');
    expect(limitLabel(t, 'alt text')).toBe('alt text');
    expect(noteLabel(t, 'A note of a plugin.')).toBe('A note of a plugin.');
  });
});
