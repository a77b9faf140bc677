import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../../src/core/i18n/translate.js';
import { tableProblems } from './table-check.js';

const english = { hello: 'Hello {name}.', files: '{count, plural, one {# file} other {# files}}', only: 'Only English.' } as const;
const uk = { hello: 'Привіт, {name}.', files: '{count, plural, one {# файл} few {# файли} many {# файлів} other {# файлу}}' };

describe('createTranslator', () => {
  test('fills the language\'s template, and the English one where the table lacks the key', () => {
    const t = createTranslator(english, IntlMessageFormat, { locale: 'uk', table: uk }).t;
    expect(t('hello', { name: 'Оля' })).toBe('Привіт, Оля.');
    expect([1, 2, 5, 22].map((count) => t('files', { count }))).toEqual(['1 файл', '2 файли', '5 файлів', '22 файли']);
    expect(t('only')).toBe('Only English.');
  });

  test('English by default; an unknown key throws', () => {
    const t = createTranslator(english, IntlMessageFormat).t;
    expect(t('files', { count: 1 })).toBe('1 file');
    expect(() => t('nope' as 'hello')).toThrow('No message "nope" in the English table.');
  });
});

describe('tableProblems', () => {
  test('names missing and extra keys, other placeholders and incomplete plurals', () => {
    expect(tableProblems(english, uk, 'uk')).toEqual(['missing: only']);
    expect(tableProblems(english, { ...uk, only: 'Лише {x}.', extra: 'x', files: '{count, plural, one {#} other {#}}' }, 'uk')).toEqual([
      'not in English: extra',
      'plural: files: one,other',
      'placeholders: only: x ≠ ',
    ]);
  });
});
