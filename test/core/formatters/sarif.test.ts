import { describe, expect, it } from 'vitest';
import { sarif } from '../../../src/core/formatters/sarif.js';
import { OPTIONS, RESULTS, RULES } from './fixtures.js';
import { sarifErrors } from './validators.js';

/** The part of SARIF these tests read. */
interface Log {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri?: string; defaultConfiguration?: unknown }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string; ruleIndex: number; level: string; message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

describe('sarif', () => {
  const output = sarif(RESULTS, OPTIONS);
  const log: Log = JSON.parse(output);
  const run = log.runs[0]!;

  it('writes SARIF 2.1.0 for GitHub code scanning (golden)', async () => {
    await expect(output).toMatchFileSnapshot('golden/report.sarif');
  });

  it('conforms to the official SARIF 2.1.0 JSON Schema', () => {
    expect(sarifErrors(output)).toEqual([]);
    expect(sarifErrors(sarif([], OPTIONS))).toEqual([]);
  });

  it('is checked by a validator that does reject a wrong log', () => {
    const wrong: Log = JSON.parse(output);
    wrong.runs[0]!.results[1]!.level = 'info';
    expect(sarifErrors(JSON.stringify(wrong))).toContain('/runs/0/results/1/level must be equal to one of the allowed values');
  });

  it('names the tool and lists every rule with its documentation, then rules seen only in results', () => {
    expect(run.tool.driver).toMatchObject({ name: 'mcm', version: '1.2.3', informationUri: 'https://mcm.dev/' });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), 'unused-suppression']);
    expect(run.tool.driver.rules.slice(0, RULES.length).map((r) => r.helpUri)).toEqual(RULES.map((r) => r.docsUrl));
    expect(run.tool.driver.rules.find((r) => r.id === 'channel-owner')!.defaultConfiguration).toEqual({ level: 'warning', enabled: false });
  });

  it('points every result at its rule and at a region of a file relative to the working folder', () => {
    expect(run.results.map((r) => [r.ruleId, run.tool.driver.rules[r.ruleIndex]!.id, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['schema', 'schema', 'error', 'strategies/spring-promo.yaml'],
      ['owned-channel', 'owned-channel', 'note', 'strategies/spring-promo.yaml'],
      ['channel-kpis', 'channel-kpis', 'error', 'strategies/spring-promo.yaml'],
      ['kpi-channel-fit', 'kpi-channel-fit', 'warning', 'strategies/spring-promo.yaml'],
      ['unused-suppression', 'unused-suppression', 'warning', 'clients/acme%2C%20inc%3A%2050%25%20off/strategy.yaml'],
      ['no-identical-content', 'no-identical-content', 'error', 'clients/acme%2C%20inc%3A%2050%25%20off/strategy.yaml'],
    ]);
    expect(run.results[3]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 52, startColumn: 17, endLine: 52, endColumn: 25 });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/agency/' } });
    expect(decodeURIComponent(run.results[5]!.locations[0]!.physicalLocation.artifactLocation.uri)).toBe('clients/acme, inc: 50% off/strategy.yaml');
  });

  it('keeps messages as plain text, line breaks included', () => {
    expect(run.results[5]!.message.text).toBe(RESULTS[1]!.diagnostics[1]!.message);
  });
});
