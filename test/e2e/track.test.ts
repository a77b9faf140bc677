import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownlint } from '../core/brief/validators.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/mcm.js');
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/track-output.schema.json'), 'utf8')));

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function mcm(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const bakery = ['track', 'examples/local-bakery.yaml', '--results', 'examples/results/local-bakery.csv'];
const shop = ['track', 'examples/online-shop.yaml', '--results', 'examples/results/online-shop.csv'];

describe('mcm track on the examples', () => {
  it('prints the scorecard and exits 0; --fail-on off-track exits 1 where a channel is off track', () => {
    const run = mcm(shop);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toContain('tiktok         Video views          2,500,000  310,000          616,438  ██░░░░░░░░░░░░░░░░░░   12%  off track');
    expect(run.out).toContain('Goal (conversions, from website, sms): 2,290 of 9,000 (25%), 2,219 expected by now: on track.');
    expect(run.out).toContain('Budget: €7,100 spent against €6,826.35 planned by now (€30,000 in all).');
    expect(run.out).not.toContain('\u001b[');
    expect(mcm([...shop, '--fail-on', 'off-track']).code).toBe(1);
    expect(mcm([...bakery, '--fail-on', 'off-track']).code).toBe(1);
    // As of 31 January only the website and TikTok were measured: nothing is at risk or worse yet but TikTok.
    expect(mcm([...shop, '--as-of', '2027-01-31', '--fail-on', 'at-risk']).code).toBe(1);
  });

  it('colours by status on a terminal (FORCE_COLOR) and never when piped', () => {
    const run = mcm(shop, ROOT, { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(run.out).toContain('\u001b[31m');
    expect(run.out).toContain('\u001b[32m');
  });

  it('prints JSON that follows schemas/track-output.schema.json', () => {
    for (const args of [shop, bakery, [...shop, '--as-of', '2027-01-01']]) {
      const run = mcm([...args, '--format', 'json']);
      expect(run.code).toBe(0);
      const card: unknown = JSON.parse(run.out);
      expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
    }
    const card = JSON.parse(mcm([...shop, '--format', 'json']).out) as { asOf: string; kpis: { channel: string; metric: string }[]; goal: unknown };
    expect(card.asOf).toBe('2027-03-31');
    expect(card.kpis.find((k) => k.channel === 'tiktok' && k.metric === 'video_views')).toEqual({
      channel: 'tiktok', metric: 'video_views', label: 'Video views', kind: 'flow', direction: 'higher', target: 2500000, baseline: 900000,
      actual: 310000, expected: 616438.356164, progress: 0.124, status: 'off-track', latest: '2027-03-31', rows: 3, days: { passed: 90, total: 365 },
    });
    expect(card.goal).toEqual({ metric: 'conversions', target: 9000, actual: 2290, expected: 2219.17808219, progress: 0.254444444444, status: 'on-track', channels: ['website', 'sms'] });
  });

  it('prints Markdown that markdownlint passes', () => {
    const run = mcm([...bakery, '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.out.split('\n').slice(0, 3)).toEqual(['## Scorecard: Rye & Rise autumn pre-order drive, as of October 15, 2027', '', '| Channel | KPI | Target | Actual | Expected by now | Progress | Status |']);
    expect(markdownlint({ 'scorecard.md': `# Weekly report\n\n${run.out}` })).toBe('');
  });
});

describe('bad results', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-track-'));
  temporary.push(dir);
  writeFileSync(join(dir, 'bad.csv'), 'date;channel;metric;value\n2027-03-31;tiktk;video_views;5\n2027-03-31;tiktok;video_views;"12,5"\n2027-13-01;tiktok;video_views;5\n');
  writeFileSync(join(dir, 'nothing.csv'), 'this is not a results file\n');
  writeFileSync(join(dir, 'binary.csv'), Buffer.from([0, 1, 2, 255, 254, 0]));
  const strategy = join(ROOT, 'examples/online-shop.yaml');

  it('lists each bad row on standard error with file, row and column, and still prints the scorecard', () => {
    const run = mcm(['track', strategy, '--results', 'bad.csv', '--as-of', '2027-03-31'], dir);
    expect(run.code).toBe(0);
    expect(run.err).toBe([
      'bad.csv:2:2: "tiktk" is not a channel of the strategy: did you mean "tiktok"?',
      'bad.csv:4:1: "2027-13-01" is not a date: write it as YYYY-MM-DD.',
      '2 problems in the results: those rows are left out of the scorecard.',
      '',
    ].join('\n'));
    expect(run.out).toMatch(/^tiktok +Video views +2,500,000 +12\.5 +616,438 +░{20} +0% +off track$/m);
  });

  it('exits 2 only when no results file can be read', () => {
    const none = mcm(['track', strategy, '--results', 'nothing.csv', 'binary.csv', 'missing.csv'], dir);
    expect(none.code).toBe(2);
    expect(none.out).toBe('');
    expect(none.err.split('\n')).toEqual([
      'nothing.csv:1:1: The header must name the columns date, channel, metric and value (found "this is not a results file"). Turn a platform export into this format with "mcm track import".',
      'binary.csv:1:1: "binary.csv" is not UTF-8 text: save it as "CSV UTF-8" in your spreadsheet.',
      'missing.csv:1:1: Cannot find "missing.csv".',
      'mcm: No results could be read from nothing.csv, binary.csv, missing.csv.',
      '',
    ]);
    // One readable file is enough.
    expect(mcm(['track', strategy, '--results', 'nothing.csv', 'bad.csv'], dir).code).toBe(0);
  });

  it('refuses bad flags with exit 2', () => {
    expect(mcm(['track', strategy], dir)).toMatchObject({ code: 2, err: 'mcm: mcm track needs results: --results FILE.csv (date,channel,metric,value), one or more files.\n' });
    expect(mcm(['track', strategy, '--results', 'bad.csv', '--as-of', '2027-02-30'], dir)).toMatchObject({ code: 2, err: 'mcm: --as-of takes a date as YYYY-MM-DD, for example 2027-04-15; got "2027-02-30".\n' });
    expect(mcm(['track', strategy, '--results', 'bad.csv', '--format', 'pdf'], dir)).toMatchObject({ code: 2, out: '' });
  });
});

describe('mcm track import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-import-'));
  temporary.push(dir);
  it('writes long-format rows that mcm track reads', () => {
    const out = join(dir, 'meta.csv');
    const run = mcm(['track', 'import', '--from', 'meta-ads', 'examples/results/meta-ads.csv', '--channel', 'facebook-local', '--strategy', 'examples/local-bakery.yaml', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.err).toContain('Wrote 20 rows to');
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n').slice(0, 3)).toEqual(['date,channel,metric,value', '2027-09-06,facebook-local,click_through_rate,0.01', '2027-09-06,facebook-local,cost_per_click,0.728571428571']);
    const card = JSON.parse(mcm(['track', 'examples/local-bakery.yaml', '--results', out, '--format', 'json']).out) as { kpis: { channel: string; metric: string; actual: number | null }[] };
    expect(card.kpis.find((k) => k.channel === 'facebook-local' && k.metric === 'reach')?.actual).toBe(10000);
  });

  it('checks --channel against the strategy and never writes over a link or a folder', () => {
    expect(mcm(['track', 'import', '--from', 'mailchimp', 'examples/results/mailchimp.csv', '--channel', 'friday-leter', '--strategy', 'examples/local-bakery.yaml']))
      .toMatchObject({ code: 2, err: 'mcm: --channel: "friday-leter" is not a channel of examples/local-bakery.yaml; did you mean "friday-letter"?\n' });
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'elsewhere.csv'), join(dir, 'link.csv'));
    for (const target of ['folder', 'link.csv']) {
      const run = mcm(['track', 'import', '--from', 'mailchimp', join(ROOT, 'examples/results/mailchimp.csv'), '--channel', 'friday-letter', '--strategy', join(ROOT, 'examples/local-bakery.yaml'), '--out', target], dir);
      expect(run.code).toBe(2);
    }
  });
});
