import { describe, expect, test } from 'vitest';
import { date, id, list, number, oneOf, optionalNumber, optionalText, slug, someOf, text } from '../../../src/core/init/validate.js';

describe('text', () => {
  const read = text('The goal', 'Book 400 oil changes');
  test('trims, and takes numbers as text', () => {
    expect(read('  Book more  ')).toEqual({ value: 'Book more' });
    expect(read(2027)).toEqual({ value: '2027' });
  });
  test('refuses empty, multi-line, non-text and broken text', () => {
    expect(read('  ')).toEqual({ error: 'The goal cannot be empty: write it in a few words, like "Book 400 oil changes".' });
    expect(read('one\ntwo')).toEqual({ error: 'The goal must fit on one line, without tabs or line breaks.' });
    expect(read(['a'])).toEqual({ error: 'The goal must be text, like "Book 400 oil changes".' });
    expect(read('half \ud83d emoji')).toEqual({ error: 'The goal holds a broken character (half of an emoji?): retype it.' });
  });
  test('optional text is undefined when empty or "-"', () => {
    const optional = optionalText('The CRM', 'HubSpot');
    expect([optional(''), optional('-'), optional(undefined), optional(null)]).toEqual(Array(4).fill({ value: undefined }));
    expect(optional(' HubSpot ')).toEqual({ value: 'HubSpot' });
  });
});

describe('list', () => {
  const read = list('A motivation', 'save time, fair prices');
  test('splits text on commas, takes lists, drops repeats', () => {
    expect(read('save time,  fair prices ,save time')).toEqual({ value: ['save time', 'fair prices'] });
    expect(read(['a', 'b'])).toEqual({ value: ['a', 'b'] });
    expect(read('')).toEqual({ value: [] });
  });
  test('names the bad item', () => {
    expect(read(['ok', ''])).toEqual({ error: 'A motivation cannot be empty: write it in a few words, like "save time, fair prices".' });
    expect(read({ a: 1 })).toEqual({ error: 'A motivation must be a list, like "save time, fair prices".' });
  });
});

describe('number', () => {
  const read = number('The target', '400', { min: 0 });
  test.each([['400', 400], ['12,000', 12000], ['12 000', 12000], ['1,234,567.5', 1234567.5], ['0.05', 0.05], ['.5', 0.5], [7, 7]])('reads %j', (raw, value) => {
    expect(read(raw)).toEqual({ value });
  });
  test('says what is wrong', () => {
    expect(read('lots')).toEqual({ error: 'The target must be a number, not "lots": write it like 400.' });
    expect(read('')).toEqual({ error: 'The target must be a number: write it like 400.' });
    expect(read('0,05')).toEqual({ value: 0.05 });
    expect(number('The target', '400', { locale: 'pl-PL' })('1,500')).toEqual({ value: 1.5 });
    expect(number('The target', '400', { locale: 'en-GB' })('1,500')).toEqual({ value: 1500 });
    expect(read('-3')).toEqual({ error: 'The target cannot be less than 0.' });
    expect(read('5%')).toEqual({ error: 'The target must be a number, not "5%": write it like 400.' });
    expect(read(Infinity)).toEqual({ error: 'The target must be a number: write it like 400.' });
  });
  test('rates are fractions, also written as percentages', () => {
    const rate = number('The target of open_rate', '0.05', { rate: true });
    expect(rate('5%')).toEqual({ value: 0.05 });
    expect(rate('1.1 %')).toEqual({ value: 0.011 });
    expect(rate('0.35')).toEqual({ value: 0.35 });
    expect(rate('35')).toEqual({ value: 0.35 });
    expect(rate('150')).toEqual({ error: 'The target of open_rate is a rate: write it like 5% (or 0.05), not 150.' });
  });
  test('whole numbers and optional numbers', () => {
    expect(number('An age', '28', { integer: true })('28.5')).toEqual({ error: 'An age must be a whole number, like 28.' });
    expect(optionalNumber('The baseline', '250')('')).toEqual({ value: undefined });
    expect(optionalNumber('The baseline', '250')('250')).toEqual({ value: 250 });
  });
});

describe('date', () => {
  const read = date('The deadline', '2026-05-10');
  test('reads calendar days from today on', () => {
    expect(read('2026-05-10')).toEqual({ value: '2026-05-10' });
    expect(read(' 2027-02-28 ')).toEqual({ value: '2027-02-28' });
    expect(read(new Date('2027-06-30T00:00:00Z'))).toEqual({ value: '2027-06-30' });
  });
  test('says what is wrong', () => {
    expect(read('30/06/2027')).toEqual({ value: '2027-06-30' });
    expect(read('30 Sept 2027')).toEqual({ value: '2027-09-30' });
    expect(read('2027-02-30')).toEqual({ error: 'The deadline must be a day, like 30.06.2027, not "2027-02-30".' });
    expect(read('2026-05-09')).toEqual({ error: 'The deadline 2026-05-09 is already past: pick a day from today (2026-05-10) on.' });
  });
});

describe('ids', () => {
  const read = id('The persona id', ['busy-commuter'], 'another persona');
  test('kebab-case, unique, with a suggestion', () => {
    expect(read('new-driver')).toEqual({ value: 'new-driver' });
    expect(read('Emma Smith')).toEqual({ error: '"Emma Smith" cannot be the persona id: use lowercase letters, digits and single hyphens, at most 64 characters, like "emma-smith".' });
    expect(read('busy-commuter')).toEqual({ error: '"busy-commuter" is already the id of another persona: pick another one.' });
    expect(read('a'.repeat(65))).toHaveProperty('error');
  });
  test('slug turns names into ids', () => {
    expect(slug('Emma, the busy commuter')).toBe('emma-the-busy-commuter');
    expect(slug('Zoë & Co.')).toBe('zoe-co');
    expect(slug('!!!')).toBe('');
    expect(slug('word '.repeat(20)).length).toBeLessThanOrEqual(64);
  });
});

describe('choices', () => {
  test('one of, with a did-you-mean', () => {
    const read = oneOf('The approach', ['multichannel', 'cross-channel', 'omnichannel']);
    expect(read('omnichannel')).toEqual({ value: 'omnichannel' });
    expect(read('omnichanel')).toEqual({ error: 'The approach cannot be "omnichanel"; did you mean "omnichannel"?' });
    expect(read('mixed')).toEqual({ error: 'The approach must be one of multichannel, cross-channel, omnichannel, not "mixed".' });
  });
  test('some of, at least a minimum', () => {
    const read = someOf('The channels', 'A channel type', ['email', 'sms', 'website'], 2, 'Pick two.');
    expect(read('email, website')).toEqual({ value: ['email', 'website'] });
    expect(read(['email', 'emal'])).toEqual({ error: 'A channel type cannot be "emal"; did you mean "email"?' });
    expect(read(['email'])).toEqual({ error: 'Pick two.' });
    expect(read(3)).toEqual({ error: 'The channels must be a list, like email, sms.' });
  });
});
