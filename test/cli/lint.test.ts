import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { specExample } from '../helpers.js';
import { fakeIo } from './fake-io.js';

let dir: string;
const noKpi = specExample.replace(/    kpis:\n      - \{ metric: conversion_rate, target: 0.05 \}\n/, '');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcm-lint-'));
  writeFileSync(join(dir, 'strategy.yaml'), specExample);
  mkdirSync(join(dir, 'clients'));
  writeFileSync(join(dir, 'clients', 'acme.yaml'), noKpi);
  writeFileSync(join(dir, 'clients', 'beta.yml'), specExample);
  writeFileSync(join(dir, 'bad-config.yaml'), 'rules: { channel-kpi: error }\n');
});

const lint = async (args: string[], stdin = '') => {
  const fake = fakeIo(dir, stdin);
  const code = await run(['lint', ...args], fake.io);
  return { code, out: fake.stdout(), err: fake.stderr() };
};

// The SPEC example's facebook link carries no UTM tags (link-tracking, an info); acme.yaml also drops the website's
// conversion_rate, so no channel KPI measures the goal any more (goal-kpi-link) and the website has no KPI at all.
const GOAL = 'No channel KPI measures the goal\'s metric "appointments_booked", and no conversion-stage channel has a conversion KPI: add "appointments_booked" to the KPIs of the channel that brings it (the conversion stage has "website" and "email"), or a KPI such as "conversions" or "conversion_rate", so the channel results show whether the goal is being reached.';
const LINK = 'The link of "facebook-page" carries no utm_source, utm_medium or utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_source=facebook&utm_medium=social&utm_campaign=spring-oil-change-promo to it.';
const cleanReport = (file: string) => [file, `  42:13  info  ${LINK}  link-tracking`, ''];

const acmeReport = [
  'clients/acme.yaml',
  `  7:11   warning  ${GOAL}  goal-kpi-link`,
  `  42:13  info     ${LINK}  link-tracking`,
  '  48:5   error    Channel "website" has no KPI: add at least one under kpis, with a metric and a target.  channel-kpis',
  '',
  '✖ 3 problems (1 error, 1 warning, 1 info) in 1 file',
  '',
].join('\n');

describe('mcm lint', () => {
  test('lints strategy.yaml by default and says when all is well', async () => {
    expect(await lint([])).toEqual({ code: 0, out: [...cleanReport('strategy.yaml'), '✖ 1 problem (0 errors, 0 warnings, 1 info) in 1 file', ''].join('\n'), err: '' });
    expect(await lint(['--quiet'])).toEqual({ code: 0, out: '✔ No problems found in 1 file.\n', err: '' });
  });

  test('prints each problem with its position and exits 1 on errors', async () => {
    expect(await lint(['clients/acme.yaml'])).toEqual({ code: 1, out: acmeReport, err: '' });
  });

  test('expands folders and globs, each file once, in order', async () => {
    const { code, out } = await lint(['clients', 'clients/*.yaml', 'strategy.yaml']);
    expect(code).toBe(1);
    expect(out).toBe([
      ...acmeReport.split('\n').slice(0, 5), ...cleanReport('clients/beta.yml'), ...cleanReport('strategy.yaml'),
      '✖ 5 problems (1 error, 1 warning, 3 infos) in 3 files', '',
    ].join('\n'));
  });

  test('reads standard input with a name for messages', async () => {
    const { code, out } = await lint(['-', '--stdin-filename', 'piped.yaml', '--format', 'json'], noKpi);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      files: [{ file: 'piped.yaml', errorCount: 1, warningCount: 1, infoCount: 1, diagnostics: [{
        ruleId: 'goal-kpi-link', severity: 'warning', message: GOAL,
        path: '/goal/metric', line: 7, column: 11, endLine: 7, endColumn: 30, docsUrl: 'https://mcm.dev/docs/rules/goal-kpi-link',
      }, {
        ruleId: 'link-tracking', severity: 'info', message: LINK,
        path: '/channels/0/content/link', line: 42, column: 13, endLine: 42, endColumn: 37, docsUrl: 'https://mcm.dev/docs/rules/link-tracking',
      }, {
        ruleId: 'channel-kpis', severity: 'error', message: 'Channel "website" has no KPI: add at least one under kpis, with a metric and a target.',
        path: '/channels/1', line: 48, column: 5, endLine: 48, endColumn: 16, docsUrl: 'https://mcm.dev/docs/rules/channel-kpis',
      }] }],
      errorCount: 1, warningCount: 1, infoCount: 1,
    });
  });

  test('--rule, --quiet and --max-warnings', async () => {
    expect((await lint(['clients/acme.yaml', '--rule', 'channel-kpis=warning'])).code).toBe(0);
    expect(await lint(['clients/acme.yaml', '--rule', 'channel-kpis=warning', '--quiet'])).toEqual({ code: 0, out: '✔ No problems found in 1 file.\n', err: '' });
    expect(await lint(['clients/acme.yaml', '--rule', 'channel-kpis=warning', '--max-warnings', '0'])).toMatchObject({ code: 1, err: 'mcm: 2 warnings, more than --max-warnings 0 allows.\n' });
  });

  test('--output writes the report to a file', async () => {
    expect(await lint(['clients/acme.yaml', '--output', 'report.txt'])).toEqual({ code: 1, out: '', err: '' });
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe(acmeReport);
  });

  test('usage, input and configuration problems exit 2 with one clear line', async () => {
    expect(await lint(['missing.yaml'])).toEqual({ code: 2, out: '', err: 'mcm: Cannot find "missing.yaml".\n' });
    expect(await lint(['nothing/*.yaml'])).toEqual({ code: 2, out: '', err: 'mcm: No file matches "nothing/*.yaml".\n' });
    expect(await lint(['--config', 'bad-config.yaml'])).toEqual({ code: 2, out: '', err: 'mcm: bad-config.yaml: unknown rule "channel-kpi"; did you mean "channel-kpis"?\n' });
    expect(await lint(['--rule', 'channel-kpis'])).toEqual({ code: 2, out: '', err: 'mcm: --rule takes RULE=SEVERITY, for example --rule channel-owner=warning (severity: off, info, warning or error); got "channel-kpis".\n' });
    expect(await lint(['--format', 'xml'])).toMatchObject({ code: 2, out: '' });
    expect((await lint(['--format', 'xml'])).err).toContain("error: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github, junit, markdown.");
    expect(existsSync(join(dir, 'strategy.yaml'))).toBe(true);
  });

  test('a configuration file next to the strategy applies to it', async () => {
    writeFileSync(join(dir, 'clients', '.mcmrc.yaml'), 'rules:\n  channel-kpis: off\n  goal-kpi-link: off\n  link-tracking: off\n');
    expect(await lint(['clients/acme.yaml'])).toEqual({ code: 0, out: '✔ No problems found in 1 file.\n', err: '' });
  });
});

describe('mcm lint --output', () => {
  test('creates the report folder, and says so plainly when it cannot write', async () => {
    expect(await lint(['clients/acme.yaml', '--rule', 'channel-kpis=error', '--output', 'reports/lint.txt'])).toEqual({ code: 1, out: '', err: '' });
    // clients/.mcmrc.yaml of the test above turns goal-kpi-link, link-tracking and channel-kpis off; --rule turns the last back on.
    expect(readFileSync(join(dir, 'reports', 'lint.txt'), 'utf8')).toBe([
      'clients/acme.yaml',
      '  48:5  error  Channel "website" has no KPI: add at least one under kpis, with a metric and a target.  channel-kpis',
      '',
      '✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file',
      '',
    ].join('\n'));
    expect(await lint(['clients/acme.yaml', '--output', 'clients'])).toEqual({ code: 2, out: '', err: 'mcm: Cannot write the report to "clients": it is a folder.\n' });
  });
});
