import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findConfigFile, readConfigFile } from '../../../src/cli/config-find.js';
import { lint } from '../../../src/core/lint/engine.js';
import { lintLines, specExample } from '../../helpers.js';

const noKpi = specExample.replace(/    kpis:\n      - \{ metric: conversion_rate, target: 0.05 \}\n/, '');
// Without the website's conversion_rate no channel KPI tells whether the goal is reached (SPEC §11), and the
// SPEC example's facebook link carries no UTM tags: these two findings stand beside every case built on noKpi.
const GOAL_UNLINKED = '7:11 warning goal-kpi-link No channel KPI measures the goal\'s metric "appointments_booked", and no conversion-stage channel has a conversion KPI: add "appointments_booked" to the KPIs of the channel that brings it (the conversion stage has "website" and "email"), or a KPI such as "conversions" or "conversion_rate", so the channel results show whether the goal is being reached.';
const UNTAGGED_LINK = '42:13 info link-tracking The link of "facebook-page" carries no utm_source, utm_medium or utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_source=facebook&utm_medium=social&utm_campaign=spring-oil-change-promo to it.';

describe('lint', () => {
  test('reports with file, rule, severity, pointer and docs link', () => {
    const { diagnostics } = lint(noKpi, { file: 'promo.yaml' });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['goal-kpi-link', 'link-tracking', 'channel-kpis']);
    expect(diagnostics[2]).toEqual({
      ruleId: 'channel-kpis', messageId: 'missing', data: { channel: 'website' }, severity: 'error', file: 'promo.yaml',
      message: 'Channel "website" has no KPI: add at least one under kpis, with a metric and a target.',
      path: ['channels', 1], pointer: '/channels/1', line: 48, column: 5, endLine: 48, endColumn: 16,
      docsUrl: 'https://mcm.dev/docs/rules/channel-kpis',
    });
  });

  test('counts by severity and sorts by position', () => {
    const text = noKpi.replace('usp: Done', 'usb: Done');
    const result = lint(text);
    expect([result.errorCount, result.warningCount, result.infoCount]).toEqual([2, 1, 1]);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      GOAL_UNLINKED.replace(' warning ', ' '),
      '11:1 schema Unknown key "usb" in the strategy; did you mean "usp"?',
      UNTAGGED_LINK.replace(' info ', ' '),
      '48:5 channel-kpis Channel "website" has no KPI: add at least one under kpis, with a metric and a target.',
    ]);
  });

  test('configuration changes severities and options; --rule overrides win', () => {
    expect(lintLines(noKpi, { config: { rules: { 'channel-kpis': 'warning' } } })).toEqual([
      GOAL_UNLINKED,
      UNTAGGED_LINK,
      '48:5 warning channel-kpis Channel "website" has no KPI: add at least one under kpis, with a metric and a target.',
    ]);
    expect(lintLines(noKpi, { config: { rules: { 'channel-kpis': 'warning' } }, severities: { 'channel-kpis': 'off' } })).toEqual([GOAL_UNLINKED, UNTAGGED_LINK]);
    const twins = specExample.replace('Pick a 30-minute slot today; if we run late, your next oil change is on us.', 'Your oil change in 30 minutes, booked from your phone!');
    expect(lintLines(twins).map((l) => l.slice(0, 39))).toEqual([UNTAGGED_LINK.slice(0, 39), '55:16 warning no-identical-content Chan']);
    expect(lintLines(twins, { config: { rules: { 'no-identical-content': ['error', { threshold: 1 }] } } }).map((l) => l.slice(0, 39))).toEqual([UNTAGGED_LINK.slice(0, 39), '55:16 warning no-identical-content Chan']);
  });

  test('a bad configuration is a UserError that says what to fix', () => {
    const bad = (config: object) => () => lint(specExample, { config });
    expect(bad({ rules: { 'channel-kpi': 'error' } })).toThrow(expect.objectContaining({ name: 'UserError', message: 'configuration: unknown rule "channel-kpi"; did you mean "channel-kpis"?', messageId: 'config.unknownRuleLike' }));
    expect(bad({ rules: { 'channel-kpis': 'loud' } })).toThrow(expect.objectContaining({ name: 'UserError', message: 'configuration: rule "channel-kpis": the severity must be off, info, warning or error, got "loud".', messageId: 'config.severity' }));
    expect(bad({ rules: { 'no-identical-content': ['error', { threshold: 2 }] } })).toThrow(expect.objectContaining({ name: 'UserError', message: 'configuration: rule "no-identical-content": option "threshold" must be <= 1.', messageId: 'config.option' }));
    expect(bad({ rules: { 'channel-kpis': ['error', { strict: true }] } })).toThrow(expect.objectContaining({ name: 'UserError', message: 'configuration: rule "channel-kpis" takes no options.', messageId: 'config.noOptions' }));
    expect(() => lint(specExample, { severities: { nope: 'off' } })).toThrow(expect.objectContaining({ name: 'UserError', message: '--rule: unknown rule "nope" (run "mcm rules" for the list).', messageId: 'config.unknownRule' }));
  });

  test('finds .mcmrc.yaml from the file\'s folder upward and checks its shape', () => {
    const root = mkdtempSync(join(tmpdir(), 'mcm-config-'));
    mkdirSync(join(root, 'clients', 'acme'), { recursive: true });
    writeFileSync(join(root, '.mcmrc.yaml'), 'extends: strict\nrules:\n  channel-kpis: warning\n');
    expect(findConfigFile(join(root, 'clients', 'acme'))).toBe(join(root, '.mcmrc.yaml'));
    expect(readConfigFile(join(root, '.mcmrc.yaml'))).toEqual({ extends: 'strict', rules: { 'channel-kpis': 'warning' } });
    writeFileSync(join(root, 'clients', '.mcmrc.yaml'), 'extend: strict\n');
    expect(() => readConfigFile(join(root, 'clients', '.mcmrc.yaml'))).toThrow(`${join(root, 'clients', '.mcmrc.yaml')}: unknown key "extend"; did you mean "extends"?`);
    writeFileSync(join(root, 'clients', '.mcmrc.yaml'), 'extends: loose\n');
    expect(() => readConfigFile(join(root, 'clients', '.mcmrc.yaml'))).toThrow('"extends" must be one of recommended, strict, got "loose".');
  });
});

describe('suppression comments', () => {
  test('mcm-disable-next-line silences the next line only, for the rules it names', () => {
    const text = noKpi.replace('  - id: website\n', '  # mcm-disable-next-line channel-kpis -- the site is measured in GA4\n  - id: website\n');
    expect(lintLines(text)).toEqual([GOAL_UNLINKED, UNTAGGED_LINK]);
    const other = noKpi.replace('  - id: website\n', '  # mcm-disable-next-line unique-ids\n  - id: website\n');
    expect(lintLines(other)).toEqual([
      GOAL_UNLINKED,
      UNTAGGED_LINK,
      '48:3 warning unused-suppression This mcm-disable-next-line comment turns off "unique-ids", which reports nothing here: remove it.',
      '49:5 error channel-kpis Channel "website" has no KPI: add at least one under kpis, with a metric and a target.',
    ]);
  });

  test('mcm-disable and mcm-enable bracket a region', () => {
    const text = noKpi.replace('  - id: website\n', '  # mcm-disable channel-kpis\n  - id: website\n').replace('  - id: email\n', '  # mcm-enable channel-kpis\n  - id: email\n');
    expect(lintLines(text)).toEqual([GOAL_UNLINKED, UNTAGGED_LINK]);
    const everything = noKpi.replace('channels:  ', '# mcm-disable\nchannels:  ');
    expect(lintLines(everything)).toEqual([GOAL_UNLINKED]);
  });

  test('a comment that suppresses nothing, or names no rule, is reported', () => {
    const text = specExample.replace('funnel:  ', '# mcm-disable unique-ids, chanel-kpis\nfunnel:  ');
    expect(lintLines(text)).toEqual([
      UNTAGGED_LINK,
      '71:1 warning unused-suppression "chanel-kpis" in this mcm-disable comment is not a rule id (run "mcm rules" for the list).',
      '71:1 warning unused-suppression This mcm-disable comment turns off "unique-ids", which reports nothing here: remove it.',
    ]);
  });

  test('syntax errors cannot be suppressed', () => {
    expect(lintLines('# mcm-disable\nname: a\nname: b\n')).toEqual([
      '1:1 warning unused-suppression This mcm-disable comment turns off every rule, but none reports anything here: remove it.',
      '3:1 error yaml-syntax The key "name" appears twice in the same place: keep one.',
    ]);
  });
});
