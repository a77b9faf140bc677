import { afterEach, describe, expect, test } from 'vitest';
import { personaId } from '../../../src/core/init/flow.js';
import { useTranslator } from '../../../src/core/init/messages.js';
import { metricFromName, metricWords, parsePlace } from '../../../src/core/init/natural.js';
import { strategyQuestions } from '../../../src/core/init/questions.js';
import { useCatalog } from '../../../src/core/init/words.js';
import { speak } from './messages.test.js';

// What people write in their own words: the measure of a goal, a persona, the place of the business.

afterEach(() => {
  useTranslator();
  useCatalog();
});

describe('a goal measured in the words of each language', () => {
  test.each([
    ['uk', ['записи на курс', 'записи', 'Реєстрації', 'нові записи', 'записи на прийом', 'запис до лікаря', 'ліди', 'заявки', 'дзвінки', 'дохід', 'підписники розсилки', 'сканування QR-коду']],
    ['ru', ['записи на курс', 'регистрации', 'записи на приём', 'лиды', 'звонки', 'выручка', 'подписчики рассылки', 'запросы маршрута']],
    ['pl', ['zapisy', 'rejestracje', 'Zapisy na kurs', 'zapisy na wizytę', 'umówione wizyty', 'leady', 'zapytania', 'telefony', 'przychód', 'subskrybenci']],
    ['ga', ['clárúcháin', 'clárúcháin chúrsa', 'chlárúcháin', 'coinní', 'leideanna', 'glaonna', 'ghlaonna', 'ioncam', 'síntiúsóirí']],
    ['en', ['sign-ups', 'new sign-ups', 'registrations', 'bookings', 'appointments', 'enquiries', 'calls', 'revenue', 'subscribers', 'QR scans', 'directions', 'footfall']],
  ])('%s', (locale, answers) => {
    if (locale !== 'en') speak(locale);
    const expected: Record<string, string[]> = {
      uk: ['registrations', 'registrations', 'registrations', 'registrations', 'appointments_booked', 'appointments_booked', 'leads', 'leads', 'calls', 'revenue', 'subscribers', 'qr_scans'],
      ru: ['registrations', 'registrations', 'appointments_booked', 'leads', 'calls', 'revenue', 'subscribers', 'direction_requests'],
      pl: ['registrations', 'registrations', 'registrations', 'appointments_booked', 'appointments_booked', 'leads', 'leads', 'calls', 'revenue', 'subscribers'],
      ga: ['registrations', 'registrations', 'registrations', 'appointments_booked', 'leads', 'calls', 'calls', 'revenue', 'subscribers'],
      en: ['registrations', 'registrations', 'registrations', 'appointments_booked', 'appointments_booked', 'leads', 'calls', 'revenue', 'subscribers', 'qr_scans', 'direction_requests', 'foot_traffic'],
    };
    expect(answers.map(metricFromName)).toEqual(expected[locale]);
  });

  test('words that only begin like a catalog name stay the person\'s own', () => {
    expect(['leadership score', 'callbacks', 'Course enrolments', 'enrolments'].map(metricFromName)).toEqual(['leadership_score', 'callbacks', 'course_enrolments', 'enrolments']);
  });

  test('a measure of their own keeps its id in the file and the person\'s words in every later question', () => {
    speak('uk');
    expect(metricFromName('продані квитки')).toBe('prodani_kvytky');
    expect(metricWords('prodani_kvytky')).toBe('продані квитки');
    const q = strategyQuestions({ today: '2026-05-10', kind: 'events', locale: 'uk-UA', currency: 'UAH' });
    expect(q.metric.validate('продані квитки')).toBe(true);
    expect(q.metric.parse('продані квитки')).toBe('prodani_kvytky');
    expect(q.target('Продати 3000 квитків', 'prodani_kvytky').message).toBe('Скільки за показником «продані квитки» на кінець періоду?');
    expect(q.baseline('prodani_kvytky').message).toBe('А скільки за показником «продані квитки» зараз?');
    speak('pl');
    expect(metricFromName('sprzedane bilety')).toBe('sprzedane_bilety');
    expect(metricWords('sprzedane_bilety')).toBe('sprzedane bilety');
  });
});

describe('a persona is named by its name', () => {
  test('the id comes from the words before the first comma or dash', () => {
    expect(personaId('Андрій, айтішник, якому потрібна англійська для роботи', [])).toBe('andrii');
    expect(personaId('Łukasz — właściciel auta', [])).toBe('lukasz');
    expect(personaId('Анна - молодая специалистка', [])).toBe('anna');
    expect(personaId('Emma, the busy commuter', [])).toBe('emma');
    expect(personaId('Jean-Luc, chef', [])).toBe('jean-luc');
    expect(personaId('Síle', [])).toBe('sile');
  });

  test('the next word is added only while the id is taken, then a number', () => {
    expect(personaId('Андрій, айтішник, якому потрібна англійська', ['andrii'])).toBe('andrii-aitishnyk');
    expect(personaId('Андрій, айтішник, якому потрібна англійська', ['andrii', 'andrii-aitishnyk'])).toBe('andrii-aitishnyk-iakomu');
    expect(personaId('Андрій', ['andrii'])).toBe('andrii-2');
  });
});

describe('a place written with its city', () => {
  test('a city or region after a known country keeps the country', () => {
    expect(parsePlace('Україна, Львів', 'uk')).toEqual({ country: 'UA', currency: 'UAH', locale: 'uk-UA' });
    expect(parsePlace('Polska, Kraków')).toEqual({ country: 'PL', currency: 'PLN', locale: 'pl-PL' });
    expect(parsePlace('Éire, Corcaigh', 'ga')).toEqual({ country: 'IE', currency: 'EUR', locale: 'ga-IE' });
    expect(parsePlace('Ireland, Dublin, Polish')).toEqual({ country: 'IE', currency: 'EUR', locale: 'pl-IE' });
    expect(parsePlace('Россия, Казань', 'ru')).toEqual({ country: 'RU', currency: 'RUB', locale: 'ru-RU' });
  });

  test('what cannot be read is still refused', () => {
    expect(parsePlace('Львів, Україна')).toBeUndefined();
    expect(parsePlace('Atlantis, Lviv')).toBeUndefined();
    expect(parsePlace('EUR, Lviv')).toBeUndefined();
  });
});
