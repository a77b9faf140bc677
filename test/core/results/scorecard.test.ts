import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { LintStrategy } from '../../../src/core/lint/define-rule.js';
import { buildScorecard, type KpiScore, type ResultRow } from '../../../src/core/results/index.js';

// March 2027 has 31 days. Instagram is live 1–10 and 21–31 March (21 days, a gap of ten days between its
// flights); google-search has no schedule and runs the whole period; email has no results at all.
const strategy = parse(`
mcm: 1
name: Test
period: { start: 2027-03-01, end: 2027-03-31 }
goal: { statement: Sell, metric: conversions, target: 300, deadline: 2027-03-31 }
usp: x
budget: { total: 6000, currency: EUR }
personas: [{ id: p, name: P }]
channels:
  - id: instagram
    type: instagram
    schedule:
      - { start: 2027-03-01, end: 2027-03-10, budget: 1000 }
      - { start: 2027-03-21, end: 2027-03-31, budget: 1100 }
    kpis:
      - { metric: reach, target: 21000 }
      - { metric: engagement_rate, target: 0.05 }
      - { metric: conversions, target: 100 }
      - { metric: story_replies, target: 40, aggregate: last }
  - id: google-search
    type: ppc-search
    budget: 3100
    kpis:
      - { metric: cost_per_click, target: 0.8, baseline: 1.1 }
      - { metric: spend, target: 3100 }
      - { metric: clicks, target: 500 }
      - { metric: conversions, target: 200 }
      - { metric: keyword_rankings, target: 3, baseline: 9 }
  - id: email
    type: email
    kpis:
      - { metric: open_rate, target: 0.4 }
      - { metric: revenue }
`) as LintStrategy;

let line = 1;
const row = (date: string, channel: string, metric: string, value: number): ResultRow => ({ date, channel, metric, value, file: 'r.csv', row: ++line });
const kpi = (card: ReturnType<typeof buildScorecard>, channel: string, metric: string): KpiScore => {
  const found = card.kpis.find((k) => k.channel === channel && k.metric === metric);
  if (!found) throw new Error(`no KPI ${channel}/${metric}`);
  return found;
};
const brief = (k: KpiScore) => ({ actual: k.actual, expected: k.expected, progress: k.progress, status: k.status });

describe('flow metrics are paced over the channel\'s live days', () => {
  test('a channel whose flights have a gap: the gap\'s days do not count', () => {
    // As of 15 March, 10 of the 21 live days have passed: 21,000 × 10/21 = 10,000 reach expected.
    const rows = [row('2027-03-02', 'instagram', 'reach', 5000), row('2027-03-09', 'instagram', 'reach', 4500)];
    const card = buildScorecard(strategy, rows, { asOf: '2027-03-15' });
    expect(kpi(card, 'instagram', 'reach')).toMatchObject({ days: { passed: 10, total: 21 }, actual: 9500, expected: 10000, progress: 0.452380952381, status: 'on-track' });
    // 25 March: 10 + 5 live days, 15,000 expected; 9,500 is 63 % of it.
    expect(brief(kpi(buildScorecard(strategy, rows, { asOf: '2027-03-25' }), 'instagram', 'reach')))
      .toEqual({ actual: 9500, expected: 15000, progress: 0.452380952381, status: 'off-track' });
  });

  test('on track from 90 % of the expected amount, at risk from 70 %, off track below', () => {
    const at = (value: number) => kpi(buildScorecard(strategy, [row('2027-03-05', 'instagram', 'reach', value)], { asOf: '2027-03-15' }), 'instagram', 'reach').status;
    expect([at(9000), at(8999), at(7000), at(6999)]).toEqual(['on-track', 'at-risk', 'at-risk', 'off-track']);
  });

  test('met before the end: reaching the target is met whatever the date', () => {
    const card = buildScorecard(strategy, [row('2027-03-03', 'google-search', 'clicks', 300), row('2027-03-05', 'google-search', 'clicks', 220)], { asOf: '2027-03-05' });
    // No schedule: the period's 31 days; 5 passed, 500 × 5/31 expected.
    expect(brief(kpi(card, 'google-search', 'clicks'))).toEqual({ actual: 520, expected: 80.6451612903, progress: 1.04, status: 'met' });
  });

  test('rows after the as-of date are not counted', () => {
    const rows = [row('2027-03-03', 'google-search', 'clicks', 300), row('2027-03-20', 'google-search', 'clicks', 220)];
    expect(kpi(buildScorecard(strategy, rows, { asOf: '2027-03-10' }), 'google-search', 'clicks')).toMatchObject({ actual: 300, rows: 1, latest: '2027-03-03' });
    // Without --as-of, the latest date in the results.
    expect(buildScorecard(strategy, rows).asOf).toBe('2027-03-20');
  });

  test('a lower-is-better flow (spend) is a ceiling: within the pace on track, past the target off track, met once the days are over', () => {
    // 10 March: 10 of 31 days, 1,000 of 3,100 expected. 1,000 on track; 1,200: 0.9 × 1,200 > 1,000 but 0.7 × 1,200 ≤ 1,000: at risk;
    // 1,500: 0.7 × 1,500 = 1,050 > 1,000: off track; 3,200 is past the ceiling.
    const at = (value: number, asOf = '2027-03-10') => brief(kpi(buildScorecard(strategy, [row('2027-03-02', 'google-search', 'spend', value)], { asOf }), 'google-search', 'spend'));
    expect(at(1000)).toEqual({ actual: 1000, expected: 1000, progress: 0.322580645161, status: 'on-track' });
    expect([at(1200).status, at(1500).status, at(3200).status]).toEqual(['at-risk', 'off-track', 'off-track']);
    expect(at(3000, '2027-03-31')).toEqual({ actual: 3000, expected: 3100, progress: 0.967741935484, status: 'met' });
  });
});

describe('level metrics take the latest row', () => {
  test('higher is better: met at the target, at risk within 10 %, off track beyond', () => {
    const at = (value: number) => brief(kpi(buildScorecard(strategy, [row('2027-03-01', 'instagram', 'engagement_rate', 0.01), row('2027-03-12', 'instagram', 'engagement_rate', value)]), 'instagram', 'engagement_rate'));
    expect(at(0.05)).toEqual({ actual: 0.05, expected: null, progress: 1, status: 'met' });
    expect(at(0.045)).toEqual({ actual: 0.045, expected: null, progress: 0.9, status: 'at-risk' });
    expect(at(0.0449)).toEqual({ actual: 0.0449, expected: null, progress: 0.898, status: 'off-track' });
  });

  test('lower is better (cost per click): met at or below the target, at risk up to 10 % above it; progress is target / actual', () => {
    const at = (value: number) => brief(kpi(buildScorecard(strategy, [row('2027-03-12', 'google-search', 'cost_per_click', value)]), 'google-search', 'cost_per_click'));
    expect(at(0.75)).toEqual({ actual: 0.75, expected: null, progress: 1.06666666667, status: 'met' });
    expect(at(0.88)).toEqual({ actual: 0.88, expected: null, progress: 0.909090909091, status: 'at-risk' });
    expect(at(0.9)).toEqual({ actual: 0.9, expected: null, progress: 0.888888888889, status: 'off-track' });
  });

  test('a metric written either way reads its direction from the baseline; the user\'s own metric with aggregate: last is a level', () => {
    const card = buildScorecard(strategy, [
      row('2027-03-12', 'google-search', 'keyword_rankings', 3), row('2027-03-05', 'instagram', 'story_replies', 30), row('2027-03-10', 'instagram', 'story_replies', 38),
    ]);
    expect(kpi(card, 'google-search', 'keyword_rankings')).toMatchObject({ direction: 'lower', status: 'met' });
    expect(kpi(card, 'instagram', 'story_replies')).toMatchObject({ kind: 'level', actual: 38, status: 'at-risk' });
  });
});

test('a KPI without rows is no data; a KPI without a target is left out', () => {
  const card = buildScorecard(strategy, [row('2027-03-12', 'google-search', 'clicks', 3)]);
  expect(brief(kpi(card, 'email', 'open_rate'))).toEqual({ actual: null, expected: null, progress: null, status: 'no-data' });
  expect(card.kpis.filter((k) => k.channel === 'email').map((k) => k.metric)).toEqual(['open_rate']);
});

test('the goal adds up the channel KPIs measuring its metric, paced over the period up to the deadline', () => {
  // 15 of 31 days: 300 × 15/31 = 145.16 expected; 30 + 90 = 120 is 83 % of it: at risk.
  const card = buildScorecard(strategy, [row('2027-03-04', 'instagram', 'conversions', 30), row('2027-03-14', 'google-search', 'conversions', 90)], { asOf: '2027-03-15' });
  expect(card.goal).toEqual({ metric: 'conversions', target: 300, actual: 120, expected: 145.161290323, progress: 0.4, status: 'at-risk', channels: ['instagram', 'google-search'] });
});

test('spend is set against the budget of the flights so far, in proportion to their days', () => {
  // Instagram: the first flight (1,000) is over by 15 March, the second (1,100) has not started; google-search
  // has no flight budget: its channel budget of 3,100 over the 31 days of the period, 15 passed = 1,500.
  const card = buildScorecard(strategy, [row('2027-03-04', 'instagram', 'spend', 600), row('2027-03-14', 'google-search', 'spend', 1400.5)], { asOf: '2027-03-15' });
  expect(card.budget).toEqual({
    currency: 'EUR', spent: 2000.5, planned: 2500, total: 5200,
    channels: [{ channel: 'instagram', spent: 600, planned: 1000, total: 2100 }, { channel: 'google-search', spent: 1400.5, planned: 1500, total: 3100 }],
  });
});

test('without a period or a schedule, a flow is paced from the channel\'s first result to the goal\'s deadline', () => {
  const plain = { ...strategy, period: undefined, channels: strategy.channels.map((c) => ({ ...c, schedule: undefined })) } as LintStrategy;
  // 11 to 31 March: 21 days; by 20 March 10 have passed: 21,000 × 10/21.
  const card = buildScorecard(plain, [row('2027-03-11', 'instagram', 'reach', 10000)], { asOf: '2027-03-20' });
  expect(kpi(card, 'instagram', 'reach')).toMatchObject({ days: { passed: 10, total: 21 }, expected: 10000, status: 'on-track' });
});

test('the same rows in another order give the same scorecard, to the last digit', () => {
  const values = [0.1, 0.2, 0.3, 1e-9, 12345.678, 7];
  const rows = values.map((v, i) => row(`2027-03-0${i + 1}`, 'google-search', 'clicks', v));
  const a = buildScorecard(strategy, rows);
  const b = buildScorecard(strategy, [...rows].reverse());
  expect(b).toEqual(a);
  expect(kpi(a, 'google-search', 'clicks').actual).toBe(12353.278);
});
