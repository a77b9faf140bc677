import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { LintStrategy } from '../../../src/core/lint/define-rule.js';
import { buildScorecard, parseResults } from '../../../src/core/results/index.js';
import { importExport, SOURCES } from '../../../src/core/results/import.js';

const strategy = parse(`
mcm: 1
name: Test
period: { start: 2027-03-01, end: 2027-04-30 }
goal: { statement: Sell, metric: conversions, target: 300, deadline: 2027-04-30 }
usp: x
personas: [{ id: p, name: P }]
channels:
  - id: instagram
    type: instagram
    schedule: [{ start: 2027-03-01, end: 2027-03-10, budget: 100 }, { start: 2027-04-01, end: 2027-04-30 }]
    kpis: [{ metric: reach, target: 20000 }, { metric: engagement_rate, target: 0.05 }, { metric: conversions, target: 100 }]
  - id: website
    type: website
    budget: 900
    kpis: [{ metric: sessions, target: 9000 }, { metric: cost_per_click, target: 0.5 }, { metric: conversions, target: 200 }]
`) as LintStrategy;

// Cells that look like results, and cells that do not.
const cell = fc.oneof(
  fc.constantFrom('2027-03-02', '2027-04-30', '2027-02-30', '2026-12-31', 'instagram', 'website', 'instagarm', 'reach', 'spend', 'sessions',
    'engagement_rate', 'cost_per_click', 'conversions', '12', '12,5', '1,234', '0.04', '-3', '"', '""', '"a;b"', '\ufeff', '%', '--', ''),
  fc.string({ maxLength: 8 }),
  fc.double().map(String),
);
const line = fc.array(cell, { maxLength: 6 }).chain((cells) => fc.constantFrom(',', ';', '\t').map((d) => cells.join(d)));
const anyCsv = fc.tuple(fc.constantFrom('date,channel,metric,value', 'date;channel;metric;value', '\ufeffdate,metric,channel,value', ''), fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([header, lines, eol]) => [header, ...lines].join(eol));

const validRow = fc.record({
  day: fc.integer({ min: 1, max: 61 }),
  channel: fc.constantFrom('instagram', 'website'),
  metric: fc.constantFrom('reach', 'engagement_rate', 'conversions', 'sessions', 'cost_per_click', 'spend'),
  value: fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.double({ min: 0, max: 1, noNaN: true })),
}).map(({ day, channel, metric, value }) => {
  const date = new Date(Date.UTC(2027, 2, day)).toISOString().slice(0, 10);
  return `${date},${channel},${metric},${value}`;
});

describe('properties', () => {
  test('any CSV text gives rows and problems, never an exception, and every problem has a position', () => {
    fc.assert(fc.property(anyCsv, fc.option(fc.constantFrom('2027-03-05', '2027-05-01', '2026-01-01'), { nil: undefined }), (text, asOf) => {
      const parsed = parseResults(text, 'r.csv', strategy);
      const card = buildScorecard(strategy, parsed.rows, { asOf, problems: parsed.problems });
      for (const p of card.problems) {
        expect(p.row).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
        expect(p.message).not.toBe('');
      }
      for (const k of card.kpis) {
        expect(['met', 'on-track', 'at-risk', 'off-track', 'no-data']).toContain(k.status);
        if (k.actual !== null) expect(Number.isFinite(k.actual)).toBe(true);
      }
      expect(() => JSON.stringify(card)).not.toThrow();
    }), { numRuns: 250 });
  });

  test('any CSV text given to an import adapter gives rows and notes, never an exception', () => {
    fc.assert(fc.property(fc.constantFrom(...SOURCES), anyCsv, fc.string({ maxLength: 200 }), (source, text, extra) => {
      const result = importExport(source, `${extra}\n${text}`, { channel: 'instagram', channels: strategy.channels, currency: 'EUR' });
      for (const row of result.rows) expect(Number.isFinite(row.value)).toBe(true);
    }), { numRuns: 200 });
  });

  test('shuffling the rows never changes the scorecard', () => {
    fc.assert(fc.property(fc.array(validRow, { minLength: 1, maxLength: 40 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))), ([rows, shuffled]) => {
      const card = (lines: string[]) => {
        const { rows: read } = parseResults(['date,channel,metric,value', ...lines].join('\n'), 'r.csv', strategy);
        return buildScorecard(strategy, read);
      };
      expect(card(shuffled)).toEqual(card(rows));
    }), { numRuns: 200 });
  });
});
