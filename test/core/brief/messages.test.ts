import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BRIEF_MESSAGES } from '../../../src/core/brief/messages.js';
import { briefLanguage } from '../../../src/core/brief/language.js';
import { measure, roomText } from '../../../src/core/brief/room.js';
import { channelTypes } from '../../../src/core/catalog/index.js';
import { LANGUAGES, tableProblems } from '../i18n/table-check.js';

const table = (locale: string) => JSON.parse(readFileSync(new URL(`../../../locales/brief.${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>;

// Sentences that are the same in a language as in English: abbreviations and words the language borrows.
const SAME: Record<string, string[]> = {
  pl: ['channel.format', 'channel.link', 'format.limit', 'kpi.kpi', 'persona.segment', 'stack.crm', 'approach.cross-channel', 'approach.omnichannel', 'device.tablet'],
  uk: ['kpi.kpi', 'stack.crm'],
  ru: ['kpi.kpi', 'stack.crm'],
  ga: ['kpi.kpi', 'stack.crm'],
};

describe('the sentences of the briefs', () => {
  test.each(LANGUAGES)('locales/brief.%s.json has every key, the same placeholders and every plural form', (locale) => {
    expect(tableProblems(BRIEF_MESSAGES, table(locale), locale)).toEqual([]);
  });

  test.each(LANGUAGES)('brief.%s.json leaves no sentence in English but abbreviations and borrowed words', (locale) => {
    const own = table(locale);
    const same = Object.keys(BRIEF_MESSAGES).filter((key) => own[key] === BRIEF_MESSAGES[key as keyof typeof BRIEF_MESSAGES]).sort();
    expect(same).toEqual([...SAME[locale]!].sort());
  });

  const count = (locale: string, key: 'cli.wrote' | 'room.characters', n: number) => briefLanguage(locale, locale === 'en' ? {} : { brief: table(locale) }).t.t(key, { count: n, number: String(n), folder: 'briefs' });

  test('counts are grammatical for 1, 2, 5 and 22', () => {
    expect([1, 2, 5, 22].map((n) => count('pl', 'cli.wrote', n))).toEqual([
      'Zapisano 1 brief w briefs/:', 'Zapisano 2 briefy w briefs/:', 'Zapisano 5 briefów w briefs/:', 'Zapisano 22 briefy w briefs/:',
    ]);
    expect([1, 2, 5, 22].map((n) => count('uk', 'room.characters', n))).toEqual(['1 символ', '2 символи', '5 символів', '22 символи']);
    expect([1, 2, 5, 22].map((n) => count('ru', 'cli.wrote', n))).toEqual([
      'Записан 1 бриф в briefs/:', 'Записано 2 брифа в briefs/:', 'Записано 5 брифов в briefs/:', 'Записано 22 брифа в briefs/:',
    ]);
    expect([1, 2, 5, 7, 22].map((n) => count('ga', 'room.characters', n))).toEqual(['1 charachtar', '2 charachtar', '5 charachtar', '7 gcarachtar', '22 carachtar']);
    expect([1, 2, 5, 22].map((n) => count('en', 'cli.wrote', n))).toEqual([
      'Wrote 1 brief to briefs/:', 'Wrote 2 briefs to briefs/:', 'Wrote 5 briefs to briefs/:', 'Wrote 22 briefs to briefs/:',
    ]);
  });
});

describe('the room a text has, in the brief\'s language', () => {
  const sms = channelTypes.sms.formats['text-message']!.limits[0]!;
  test('names a whole alphabet outside GSM-7 by its name, and other characters one by one', () => {
    const uk = briefLanguage('uk', { brief: table('uk') }).t;
    const measured = measure('Свіжа кава вже тут, ą!', sms, uk);
    expect(measured.explanation).toBe('Цей текст містить літери кирилиці і ą поза алфавітом GSM-7, тому SMS вміщує лише 70 символів; довший текст ділиться на частини по 67.');
    expect(uk.t(measured.unit, { count: measured.max, number: '70' })).toBe('70 символів');
    expect(roomText({ ...measured, used: 143, segments: 3 }, uk)).toEqual({ usedText: '143 (3 повідомлення)', roomText: 'на 73 більше', fits: false });
    const en = briefLanguage().t;
    expect(measure('Hi 🚲', sms, en).explanation).toBe('This text holds 🚲, outside the GSM-7 alphabet, so a text message holds only 70 characters; a longer text is split into parts of 67.');
  });
});
