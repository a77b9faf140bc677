import { describe, expect, test } from 'vitest';
import { chooseLocale, localeOf, systemLocale, LOCALES } from '../../../src/core/i18n/locale.js';
import { UserError } from '../../../src/core/errors.js';

describe('choosing the language', () => {
  test('the five languages, from tags as systems and users write them', () => {
    expect(LOCALES).toEqual(['en', 'uk', 'pl', 'ru', 'ga']);
    expect(['uk', 'UK', 'uk-UA', 'uk_UA.UTF-8', 'ru_RU@euro', 'pl_PL', 'ga_IE.utf8', 'en_GB'].map(localeOf)).toEqual(['uk', 'uk', 'uk', 'uk', 'ru', 'pl', 'ga', 'en']);
    expect(localeOf('de_DE.UTF-8')).toBeUndefined();
    expect(localeOf('')).toBeUndefined();
  });

  test('--locale wins over MCM_LOCALE, the strategy and the system', () => {
    expect(chooseLocale({ flag: 'pl', env: { MCM_LOCALE: 'ru', LANG: 'uk_UA.UTF-8' }, strategy: 'ga' })).toBe('pl');
    expect(chooseLocale({ env: { MCM_LOCALE: 'ru', LANG: 'uk_UA.UTF-8' }, strategy: 'ga' })).toBe('ru');
    expect(chooseLocale({ env: { LANG: 'uk_UA.UTF-8' }, strategy: 'ga' })).toBe('ga');
    expect(chooseLocale({ env: { LANG: 'uk_UA.UTF-8' } })).toBe('uk');
    expect(chooseLocale({})).toBe('en');
    // An empty MCM_LOCALE is not set; a strategy locale mcm does not speak is passed over (the schema reports it).
    expect(chooseLocale({ env: { MCM_LOCALE: '', LANG: 'pl_PL.UTF-8' }, strategy: 'de' })).toBe('pl');
  });

  test('the system language: LC_ALL, then LC_MESSAGES, then LANG; C and POSIX are English', () => {
    expect(systemLocale({ LC_ALL: 'ru_RU.UTF-8', LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'uk_UA.UTF-8' })).toBe('ru');
    expect(systemLocale({ LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'uk_UA.UTF-8' })).toBe('pl');
    expect(systemLocale({ LC_ALL: '', LANG: 'ga_IE.UTF-8' })).toBe('ga');
    expect(systemLocale({ LC_ALL: 'C', LANG: 'uk_UA.UTF-8' })).toBe('en');
    expect(systemLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(systemLocale({ LANG: 'POSIX' })).toBe('en');
    expect(systemLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(systemLocale({})).toBeUndefined();
  });

  test('a --locale or MCM_LOCALE mcm does not speak is a UserError listing the five', () => {
    expect(() => chooseLocale({ flag: 'de' })).toThrow(UserError);
    expect(() => chooseLocale({ flag: 'de' })).toThrow('--locale is "de", a language mcm does not speak: use one of en, uk, pl, ru, ga.');
    expect(() => chooseLocale({ env: { MCM_LOCALE: 'xx' } })).toThrow('MCM_LOCALE is "xx", a language mcm does not speak: use one of en, uk, pl, ru, ga.');
  });
});
