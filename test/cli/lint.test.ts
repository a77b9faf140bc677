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

const acmeReport = [
  'clients/acme.yaml',
  '  48:5  error  Channel "website" has no KPI: add at least one under kpis, with a metric and a target.  channel-kpis',
  '',
  '✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file',
  '',
].join('\n');

describe('mcm lint', () => {
  test('lints strategy.yaml by default and says when all is well', async () => {
    expect(await lint([])).toEqual({ code: 0, out: '✔ No problems found in 1 file.\n', err: '' });
  });

  test('prints each problem with its position and exits 1 on errors', async () => {
    expect(await lint(['clients/acme.yaml'])).toEqual({ code: 1, out: acmeReport, err: '' });
  });

  test('expands folders and globs, each file once, in order', async () => {
    const { code, out } = await lint(['clients', 'clients/*.yaml', 'strategy.yaml']);
    expect(code).toBe(1);
    expect(out).toBe(acmeReport.replace('in 1 file', 'in 3 files'));
  });

  test('reads standard input with a name for messages', async () => {
    const { code, out } = await lint(['-', '--stdin-filename', 'piped.yaml', '--format', 'json'], noKpi);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      files: [{ file: 'piped.yaml', errorCount: 1, warningCount: 0, infoCount: 0, diagnostics: [{
        ruleId: 'channel-kpis', severity: 'error', message: 'Channel "website" has no KPI: add at least one under kpis, with a metric and a target.',
        path: '/channels/1', line: 48, column: 5, endLine: 48, endColumn: 16, docsUrl: 'https://mcm.dev/docs/rules/channel-kpis',
      }] }],
      errorCount: 1, warningCount: 0, infoCount: 0,
    });
  });

  test('--rule, --quiet and --max-warnings', async () => {
    expect((await lint(['clients/acme.yaml', '--rule', 'channel-kpis=warning'])).code).toBe(0);
    expect(await lint(['clients/acme.yaml', '--rule', 'channel-kpis=warning', '--quiet'])).toEqual({ code: 0, out: '✔ No problems found in 1 file.\n', err: '' });
    expect(await lint(['clients/acme.yaml', '--rule', 'channel-kpis=warning', '--max-warnings', '0'])).toMatchObject({ code: 1, err: 'mcm: 1 warnings, more than --max-warnings 0 allows.\n' });
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
    writeFileSync(join(dir, 'clients', '.mcmrc.yaml'), 'rules:\n  channel-kpis: off\n');
    expect(await lint(['clients/acme.yaml'])).toEqual({ code: 0, out: '✔ No problems found in 1 file.\n', err: '' });
  });
});

describe('mcm lint --output', () => {
  test('creates the report folder, and says so plainly when it cannot write', async () => {
    expect(await lint(['clients/acme.yaml', '--rule', 'channel-kpis=error', '--output', 'reports/lint.txt'])).toEqual({ code: 1, out: '', err: '' });
    expect(readFileSync(join(dir, 'reports', 'lint.txt'), 'utf8')).toBe(acmeReport);
    expect(await lint(['clients/acme.yaml', '--output', 'clients'])).toEqual({ code: 2, out: '', err: 'mcm: Cannot write the report to "clients": it is a folder.\n' });
  });
});
