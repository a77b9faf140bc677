import { describe, expect, it } from 'vitest';
import { junit } from '../../../src/core/formatters/junit.js';
import { BROKEN, OPTIONS, RESULTS, RULES } from './fixtures.js';
import { parseJunit } from './validators.js';

describe('junit', () => {
  const output = junit(RESULTS, OPTIONS);
  const report = parseJunit(output).testsuites;
  const suites = report.testsuite ?? [];

  it('writes one test suite per file and one test case per rule (golden)', async () => {
    await expect(output).toMatchFileSnapshot('golden/report.junit.xml');
  });

  it('is well-formed XML with consistent totals', () => {
    expect(suites.map((s) => [s.name, s.tests, s.failures, s.skipped, s.testcase.length])).toEqual([
      ['strategies/spring-promo.yaml', '7', '3', '0', 7],
      // unused-suppression is not in the rule list it was given, but it reported: it gets a test case too.
      ['clients/acme, inc: 50% off/strategy.yaml', '8', '2', '0', 8],
      ['examples/clean.yaml', '7', '0', '0', 7],
    ]);
    expect([report.tests, report.failures, report.errors]).toEqual(['22', '5', '0']);
  });

  it('fails the test case of each rule that found errors or warnings, with every finding in the failure', () => {
    const cases = suites[0]!.testcase;
    expect(cases.map((c) => [c.name, c.failure?.[0]?.type ?? (c['system-out'] ? 'output' : 'passed')])).toEqual([
      ['yaml-syntax', 'passed'], ['schema', 'error'], ['channel-kpis', 'error'], ['no-identical-content', 'passed'],
      ['kpi-channel-fit', 'warning'], ['owned-channel', 'output'], ['channel-owner', 'passed'],
    ]);
    expect(cases[5]!['system-out']).toEqual([
      'strategies/spring-promo.yaml:30:1: info: No channel is a website or a blog: your site is a channel too, add it so the funnel has a home. (https://mcm.dev/docs/rules/owned-channel)',
    ]);
  });

  it('escapes quotes, ampersands, angle brackets and line breaks so that they read back unchanged', () => {
    const failure = suites[1]!.testcase.find((c) => c.name === 'no-identical-content')!.failure![0]!;
    const message = RESULTS[1]!.diagnostics[1]!.message;
    expect(failure.message).toBe(message);
    expect(failure['#text']).toBe(`clients/acme, inc: 50% off/strategy.yaml:12:16: error: ${message} (https://mcm.dev/docs/rules/no-identical-content)`);
  });

  it('sums up several findings of one rule in the failure message', () => {
    const two = { ...RESULTS[0]!, diagnostics: [RESULTS[0]!.diagnostics[0]!, { ...RESULTS[0]!.diagnostics[0]!, line: 9, message: 'Second.' }] };
    const failure = parseJunit(junit([two], OPTIONS)).testsuites.testsuite![0]!.testcase[1]!.failure![0]!;
    expect(failure.message).toBe('2 problems; the first: Missing required "usp" in the strategy: the unique selling proposition every channel builds on.');
    expect(failure['#text'].split('\n')).toHaveLength(2);
  });

  it('marks the rules of a file that is not YAML as skipped, not passed', () => {
    const suite = parseJunit(junit([BROKEN], OPTIONS)).testsuites.testsuite![0]!;
    expect([suite.tests, suite.failures, suite.skipped]).toEqual([String(RULES.length), '1', String(RULES.length - 1)]);
    expect(suite.testcase[1]!.skipped).toEqual([{ message: 'The file is not valid YAML, so this rule did not run.' }]);
  });

  it('replaces characters XML cannot carry', () => {
    const control = { ...BROKEN, diagnostics: [{ ...BROKEN.diagnostics[0]!, message: 'Key "a\u0001b" \ud800 is odd.' }] };
    const failure = parseJunit(junit([control], OPTIONS)).testsuites.testsuite![0]!.testcase[0]!.failure![0]!;
    expect(failure.message).toBe('Key "a\ufffdb" \ufffd is odd.');
  });

  it('writes an empty report when no file was checked', () => {
    expect(junit([], OPTIONS)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mcm lint" tests="0" failures="0" errors="0">\n</testsuites>\n');
  });
});
