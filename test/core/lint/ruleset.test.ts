import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { formatters } from '../../../src/core/formatters/index.js';
import { defineRule } from '../../../src/core/lint/define-rule.js';
import { lint } from '../../../src/core/lint/engine.js';
import { createRuleset } from '../../../src/core/lint/ruleset.js';
import { rules as builtins } from '../../../src/core/rules/index.js';
import { fakeIo } from '../../cli/fake-io.js';
import { specExample } from '../../helpers.js';

// A plugin's rule: every link carries utm_source.
const utm = defineRule({
  id: 'acme/utm-on-every-link',
  description: 'Every link carries utm_source.',
  severity: { recommended: 'warning', strict: 'error' },
  messages: { missing: 'The link of channel "{{channel}}" has no utm_source.' },
  check({ strategy, report }) {
    strategy.channels.forEach((c, i) => {
      if (c.content?.link && !c.content.link.includes('utm_source=')) report({ messageId: 'missing', data: { channel: c.id }, path: ['channels', i, 'content', 'link'] });
    });
  },
});

// Problems for the built-in rules (an unknown key, a channel without KPIs and so no KPI that measures the goal,
// the untagged link of the SPEC example, an unused mcm-disable comment) and one for the plugin's rule.
const text = `# mcm-disable-next-line channel-owner\n${specExample
  .replace('usp: Done', 'usb: Done')
  .replace(/    kpis:\n      - \{ metric: conversion_rate, target: 0.05 \}\n/, '')}`;

describe('a ruleset passed in', () => {
  test('the SPEC example file gives findings to the built-in rules', () => {
    const ids = new Set(lint(text).diagnostics.map((d) => d.ruleId));
    expect([...ids].sort()).toEqual(['channel-kpis', 'goal-kpi-link', 'link-tracking', 'schema', 'unused-suppression']);
  });

  const result = lint(text, { file: 'promo.yaml', ruleset: [utm] });

  test('a plain list of one custom rule gives only that rule\'s findings, at its recommended severity', () => {
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`)).toEqual([
      '43:13 warning acme/utm-on-every-link The link of channel "facebook-page" has no utm_source.',
    ]);
    expect(result.diagnostics[0]!.docsUrl).toBeUndefined();
    expect(result.ruleIds).toEqual(['acme/utm-on-every-link']);
    expect(result.rules).toEqual([{ id: 'acme/utm-on-every-link', description: 'Every link carries utm_source.', severity: utm.severity, setting: 'warning' }]);
  });

  test('…in every output format', () => {
    const options = { color: false, cwd: '/', version: '1.0.0' };
    const others = builtins.map((r) => r.id);
    for (const [name, format] of Object.entries(formatters)) {
      const output = format([result], options);
      expect(output, name).toContain('acme/utm-on-every-link');
      for (const id of others) expect(output, `${name} names ${id}`).not.toMatch(new RegExp(`(?<![\\w$-])${id}(?![\\w-])`));
    }
    const json = JSON.parse(formatters.json([result], options)) as { files: { diagnostics: { ruleId: string }[] }[] };
    expect(json.files[0]!.diagnostics.map((d) => d.ruleId)).toEqual(['acme/utm-on-every-link']);
    const sarif = JSON.parse(formatters.sarif([result], options)) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['acme/utm-on-every-link']);
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['acme/utm-on-every-link']);
    const junit = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'testcase' }).parse(formatters.junit([result], options));
    expect(junit.testsuites.testsuite.testcase.map((c: Record<string, string>) => c['@_name'])).toEqual(['acme/utm-on-every-link']);
  });

  test('a resolved ruleset mixes built-in and custom rules, with namespaced ids in the configuration', () => {
    const ruleset = createRuleset([...builtins, utm], { rules: { 'acme/utm-on-every-link': 'error', schema: 'off' } }, { 'channel-kpis': 'info' });
    expect(lint(text, { ruleset }).diagnostics.map((d) => `${d.severity} ${d.ruleId}`)).toEqual([
      'warning unused-suppression', 'warning goal-kpi-link', 'error acme/utm-on-every-link', 'info link-tracking', 'info channel-kpis',
    ]);
    expect(() => createRuleset([utm], { rules: { 'acme/utm-on-every-lnk': 'error' } }))
      .toThrow(expect.objectContaining({ name: 'UserError', message: 'configuration: unknown rule "acme/utm-on-every-lnk"; did you mean "acme/utm-on-every-link"?', messageId: 'config.unknownRuleLike' }));
    expect(() => lint(text, { ruleset: [utm], severities: { 'channel-kpis': 'off' } })).toThrow(expect.objectContaining({ name: 'UserError', message: '--rule: unknown rule "channel-kpis" (run "mcm rules" for the list).', messageId: 'config.unknownRule' }));
  });

  test('a rule id must be kebab-case, with at most one namespace', () => {
    expect(() => defineRule({ ...utm, id: 'Acme/UTM' })).toThrow('"Acme/UTM" is not a rule id');
    expect(() => defineRule({ ...utm, id: 'a/b/c' })).toThrow('"a/b/c" is not a rule id');
  });

  test('--rule takes a namespaced id', async () => {
    const fake = fakeIo(process.cwd(), specExample);
    expect(await run(['lint', '-', '--rule', 'acme/utm-on-every-link=error'], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('mcm: --rule: unknown rule "acme/utm-on-every-link" (run "mcm rules" for the list).\n');
  });

  test('a rule that reports a messageId its table lacks is a mistake that throws', () => {
    const wrong = defineRule({ ...utm, check: ({ report }) => report({ messageId: 'mising' as 'missing', path: [] }) });
    expect(() => lint(specExample, { ruleset: [wrong] })).toThrow('Rule "acme/utm-on-every-link" reported the messageId "mising", which its message table does not have (it has missing).');
  });
});
