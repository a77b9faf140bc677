import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { LintStrategy } from '../../../src/core/lint/define-rule.js';
import { exportDate, exportNumber, importExport, toLongCsv, type LongRow, type Source } from '../../../src/core/results/import.js';

const sample = (name: string) => readFileSync(new URL(`../../../examples/results/${name}`, import.meta.url), 'utf8');
const bakery = parse(readFileSync(new URL('../../../examples/local-bakery.yaml', import.meta.url), 'utf8')) as LintStrategy;

/** The rows' values added up per metric, rounded to the cent. */
function totals(rows: LongRow[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.metric] = Math.round(((out[r.metric] ?? 0) + r.value) * 100) / 100;
  return out;
}
const last = (rows: LongRow[], metric: string) => rows.filter((r) => r.metric === metric).at(-1)?.value;
const run = (source: Source, file: string, channel?: string, channels?: LintStrategy['channels']) => importExport(source, sample(file), { channel, channels, currency: 'EUR' });

describe('import adapters on real-shaped exports', () => {
  test('Meta Ads Manager: two campaigns over five days, spend in the "Amount spent (EUR)" column', () => {
    const { rows, notes, problems } = run('meta-ads', 'meta-ads.csv', 'facebook-local');
    expect(problems).toEqual([]);
    // Reach 6,000 + 4,000; impressions 9,000 + 5,000; link clicks 88 + 50; spend 62.00 + 40.00.
    expect(totals(rows.filter((r) => ['reach', 'impressions', 'clicks', 'spend'].includes(r.metric)))).toEqual({ reach: 10000, impressions: 14000, clicks: 138, spend: 102 });
    expect(new Set(rows.map((r) => r.date)).size).toBe(5);
    // The last day: 24 link clicks of 2,675 impressions, 19.80 spent.
    expect(last(rows, 'click_through_rate')).toBe(0.00897196261682);
    expect(last(rows, 'cost_per_click')).toBe(0.825);
    expect(notes).toEqual(['The "Results" column counts whatever each campaign optimises for: read it with --map "Results=METRIC" (for example leads or conversions).']);
  });

  test('Meta: --map reads the Results column; the strategy\'s KPIs decide which metrics are kept', () => {
    const { rows, notes } = importExport('meta-ads', sample('meta-ads.csv'), { channel: 'facebook-local', map: { Results: 'leads' }, channels: bakery.channels, currency: 'EUR' });
    expect([...new Set(rows.map((r) => r.metric))].sort()).toEqual(['click_through_rate', 'cost_per_click', 'reach', 'spend']);
    expect(notes).toEqual(['Left out clicks, impressions, leads: facebook-local has no KPI measuring them.']);
  });

  test('Google Ads: banner lines, "--" cells and "Total:" rows left out', () => {
    const { rows, notes, problems } = run('google-ads', 'google-ads.csv', 'google-search');
    expect(problems).toEqual([]);
    expect(totals(rows.filter((r) => ['impressions', 'clicks', 'spend', 'conversions', 'revenue'].includes(r.metric))))
      .toEqual({ impressions: 10200, clicks: 557, spend: 371.51, conversions: 25, revenue: 3247 });
    expect(rows.map((r) => r.date).filter((d, i, all) => all.indexOf(d) === i)).toEqual(['2027-03-01', '2027-03-02', '2027-03-03']);
    // 3 March: only the brand campaign ran: 910.00 of value for 41.41 spent.
    expect(last(rows, 'return_on_ad_spend')).toBe(21.9753682685);
    expect(notes).toEqual(['Left out 2 total rows of the export: the scorecard adds up the days itself.']);
  });

  test('Mailchimp: one row per campaign, "Open Rate" percentages as fractions, unsubscribes as a rate', () => {
    const { rows, problems } = run('mailchimp', 'mailchimp.csv', 'friday-letter');
    expect(problems).toEqual([]);
    expect(rows.filter((r) => r.metric === 'open_rate').map((r) => [r.date, r.value])).toEqual([
      ['2027-09-03', 0.4002], ['2027-09-10', 0.4072], ['2027-09-17', 0.4109], ['2027-09-24', 0.4202],
    ]);
    expect(last(rows, 'click_rate')).toBe(0.063);
    expect(totals(rows.filter((r) => r.metric === 'clicks'))).toEqual({ clicks: 201 });
    expect(last(rows, 'unsubscribe_rate')).toBe(0.00108577633008);
  });

  test('GA4: "#" comment lines, YYYYMMDD dates, channel groups mapped to the strategy\'s channels by type, the website gets every visit', () => {
    const { rows, notes, problems } = run('ga4', 'ga4.csv', undefined, bakery.channels);
    expect(problems).toEqual([]);
    expect(rows.filter((r) => r.channel === 'website').map((r) => `${r.date} ${r.metric} ${r.value}`)).toEqual([
      '2027-09-06 conversion_rate 0.0545454545455', '2027-09-06 sessions 330',
      '2027-09-07 conversion_rate 0.0534351145038', '2027-09-07 sessions 393',
      '2027-09-08 conversion_rate 0.0480769230769', '2027-09-08 sessions 312',
    ]);
    expect(totals(rows.filter((r) => r.metric === 'sessions'))).toEqual({ sessions: 1035 });
    expect(notes).toContain('Left out conversion_rate, conversions, revenue, sessions: facebook-local has no KPI measuring them.');
    // Without the strategy's KPIs: Paid Social goes to the Facebook ads, Organic Social to Instagram, Email and SMS to theirs.
    const all = importExport('ga4', sample('ga4.csv'), { channels: bakery.channels.map((c) => ({ ...c, kpis: [{ metric: 'sessions', target: 1 }, { metric: 'conversions', target: 1 }] })) });
    const by = (channel: string, metric: string) => totals(all.rows.filter((r) => r.channel === channel && r.metric === metric))[metric];
    expect([by('facebook-local', 'sessions'), by('instagram', 'sessions'), by('friday-letter', 'sessions'), by('text-club', 'sessions'), by('website', 'sessions')]).toEqual([180, 135, 135, 60, 1035]);
    expect(by('website', 'conversions')).toBe(54);
  });

  test('an export of another platform, or of nothing, says so', () => {
    expect(run('google-ads', 'mailchimp.csv', 'x').problems).toEqual([{ row: 1, message: 'this is not a Google Ads export: no column is named "Day" or "Date". Export a report broken down by day' }]);
    expect(importExport('ga4', '', {}).rows).toEqual([]);
  });
});

test('numbers and dates as English exports write them', () => {
  expect(['1,240', '35.20%', '€12.40', '--', '', '0.00', '3,247.00', 'abc'].map(exportNumber)).toEqual([1240, 0.352, 12.4, null, null, 0, 3247, undefined]);
  expect(['2027-03-01', '20270301', 'Sep 03, 2027 05:30 pm', 'March 5, 2027', '2027-02-30', '03/01/2027'].map(exportDate))
    .toEqual(['2027-03-01', '2027-03-01', '2027-09-03', '2027-03-05', undefined, undefined]);
});

test('rows are written as long CSV', () => {
  expect(toLongCsv([{ date: '2027-03-01', channel: 'a', metric: 'reach', value: 12.5 }])).toBe('date,channel,metric,value\n2027-03-01,a,reach,12.5\n');
});
