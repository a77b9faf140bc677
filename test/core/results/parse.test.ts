import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { LintStrategy } from '../../../src/core/lint/define-rule.js';
import { parseNumber, parseResults } from '../../../src/core/results/index.js';

const strategy = parse(`
mcm: 1
name: Test
period: { start: 2027-03-01, end: 2027-06-30 }
goal: { statement: Sell }
usp: x
personas: [{ id: p, name: P }]
channels:
  - { id: instagram, type: instagram, kpis: [{ metric: reach, target: 20000 }, { metric: engagement_rate, target: 0.05 }] }
  - { id: website, type: website, kpis: [{ metric: sessions, target: 9000 }] }
`) as LintStrategy;

const read = (text: string) => parseResults(text, 'results.csv', strategy);
const values = (text: string) => read(text).rows.map((r) => r.value);

describe('reading results', () => {
  test('a UTF-8 byte order mark, ";" as delimiter, quoted fields, decimal commas, columns in any order', () => {
    const result = read('\ufeffchannel;date;"metric";value;note\ninstagram;2027-03-02;reach;"1 200";"first; day"\r\ninstagram;2027-03-03;engagement_rate;0,045;\n');
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      { date: '2027-03-02', channel: 'instagram', metric: 'reach', value: 1200, file: 'results.csv', row: 2 },
      { date: '2027-03-03', channel: 'instagram', metric: 'engagement_rate', value: 0.045, file: 'results.csv', row: 3 },
    ]);
  });

  test('every problem with its row, its column and a did-you-mean; the other rows are read', () => {
    const result = read([
      'date,channel,metric,value',
      '2027-03-02,instagarm,reach,100',
      '2027-03-02,instagram,reech,100',
      '2027-03-02,instagram,clicks,100',
      '2027-02-28,instagram,reach,100',
      '2027-13-01,instagram,reach,100',
      '2027-03-02,instagram,reach,lots',
      '2027-03-02,instagram,reach,"1,234"',
      '2027-03-02,instagram,engagement_rate,4.5',
      '2027-03-02,instagram,reach,-4',
      '2027-03-02,instagarm,reach,100',
      '2027-03-09,website,sessions,300',
    ].join('\n'));
    expect(result.rows.map((r) => [r.row, r.value])).toEqual([[12, 300]]);
    expect(result.problems.map((p) => `${p.row}:${p.column} ${p.message}`)).toEqual([
      '2:2 "instagarm" is not a channel of the strategy: did you mean "instagram"? (2 rows, the first one here)',
      '3:3 "reech" is not a KPI metric of instagram: did you mean "reach"?',
      '4:3 instagram has no KPI measuring clicks (its KPIs: reach, engagement_rate): these rows are left out. Add the KPI to the channel to track it.',
      '5:1 2027-02-28 is before the strategy period (2027-03-01 to 2027-06-30): the row is left out.',
      '6:1 "2027-13-01" is not a date: write it as YYYY-MM-DD.',
      '7:4 "lots" is not a number.',
      '8:4 "1,234" could be 1.234 (a decimal comma) or 1234 (a thousands separator): write it as 1.234 or 1234.',
      '9:4 4.5 is not a fraction between 0 and 1, which is how engagement_rate is written: did you mean 0.045 (4.5 %)?',
      '10:4 -4 is negative, which reach cannot be.',
    ]);
  });

  test('a row spread over several lines by a quoted line break is numbered by its first line', () => {
    const result = read('date,channel,metric,value,note\n2027-03-02,instagram,reach,5,"two\nlines"\n2027-03-03,instagram,reach,x,\n');
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([[4, 4]]);
    const windows = read('date,channel,metric,value,note\r\n2027-03-02,instagram,reach,5,"two\r\nlines"\r\n2027-03-03,instagram,reach,x,\r\n');
    expect(windows.rows.map((r) => r.row)).toEqual([2]);
    expect(windows.problems.map((p) => [p.row, p.column])).toEqual([[4, 4]]);
  });

  test('a file without the four columns, or without a header, cannot be read', () => {
    expect(read('day,channel,metrc,value\n2027-03-02,instagram,reach,5\n')).toEqual({
      rows: [], readable: false,
      problems: [{ file: 'results.csv', row: 1, column: 1, message: 'The header must name the columns date, channel, metric and value (found "day", "channel", "metrc", "value"; did you mean "metrc" for "metric"?). Turn a platform export into this format with "mcm track import".' }],
    });
    expect(read('').readable).toBe(false);
    expect(read('\n\n').readable).toBe(false);
  });

  test('an unclosed quote is a problem, not a crash', () => {
    const result = read('date,channel,metric,value\n2027-03-02,instagram,reach,5\n2027-03-03,"instagram,reach,6\n');
    expect(result.rows.map((r) => r.value)).toEqual([5]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/^This line cannot be read as CSV \(a quoted field is not closed or a quote is out of place\)/);
  });

  test('tab-separated files are read too', () => {
    expect(values('date\tchannel\tmetric\tvalue\n2027-03-02\twebsite\tsessions\t12,5\n')).toEqual([12.5]);
  });
});

describe('numbers', () => {
  test.each([
    ['12', 12], ['12.5', 12.5], ['12,5', 12.5], ['0,125', 0.125], ['1,234.5', 1234.5], ['1,234,567', 1234567], ['1.234,56', 1234.56],
    ['1.234.567', 1234567], ['12 500', 12500], ['12\u00a0500,5', 12500.5], ['35.2%', 0.352], ['35,2 %', 0.352], ['-3', -3], ['1e3', 1000], ['.5', 0.5],
  ])('%s is %s', (text, value) => {
    expect(parseNumber(text)).toEqual({ value });
  });

  test.each([
    ['1,234', '"1,234" could be 1.234 (a decimal comma) or 1234 (a thousands separator): write it as 1.234 or 1234'],
    ['', 'The value is empty'], ['12 EUR', '"12 EUR" is not a number'], ['1e999', '"1e999" is too large a number'], ['1,2,3', '"1,2,3" is not a number'],
  ])('%s is refused', (text, problem) => {
    expect(parseNumber(text)).toEqual({ problem });
  });
});
