import { describe, expect, it } from 'vitest';
import { json } from '../../../src/core/formatters/json.js';
import { BROKEN, OPTIONS, RESULTS } from './fixtures.js';
import { lintOutputErrors } from './validators.js';

interface Report {
  files: { diagnostics: Record<string, unknown>[] }[];
  errorCount: number;
}

describe('json', () => {
  const output = json(RESULTS, OPTIONS);
  const parsed: Report = JSON.parse(output);

  it('prints the contract of SPEC §2 (golden)', async () => {
    await expect(output).toMatchFileSnapshot('golden/report.json');
  });

  it('conforms to schemas/lint-output.schema.json', () => {
    expect(lintOutputErrors(parsed)).toEqual([]);
    expect(lintOutputErrors(JSON.parse(json([BROKEN], OPTIONS)))).toEqual([]);
    expect(lintOutputErrors(JSON.parse(json([], OPTIONS)))).toEqual([]);
  });

  it('keeps docsUrl optional and the JSON Pointer as path', () => {
    const diagnostics = parsed.files[1]!.diagnostics;
    expect(diagnostics.map((d) => [d.path, 'docsUrl' in d])).toEqual([['', false], ['/channels/0/content/message', true]]);
  });

  describe('the schema rejects output that breaks the contract', () => {
    const first = () => structuredClone(parsed);
    it.each([
      ['a severity mcm does not use', (o: Report) => { o.files[0]!.diagnostics[0]!.severity = 'fatal'; }, '/files/0/diagnostics/0/severity must be equal to one of the allowed values'],
      ['a missing position', (o: Report) => { delete o.files[0]!.diagnostics[0]!.line; }, "/files/0/diagnostics/0 must have required property 'line'"],
      ['a column counted from 0', (o: Report) => { o.files[0]!.diagnostics[0]!.column = 0; }, '/files/0/diagnostics/0/column must be >= 1'],
      ['a path that is not a JSON Pointer', (o: Report) => { o.files[0]!.diagnostics[0]!.path = 'channels.3'; }, '/files/0/diagnostics/0/path must match pattern "^(/([^~/]|~[01])*)*$"'],
      ['an undocumented field', (o: Report) => { o.files[0]!.diagnostics[0]!.pointer = '/x'; }, '/files/0/diagnostics/0 must NOT have additional properties'],
      ['a negative total', (o: Report) => { o.errorCount = -1; }, '/errorCount must be >= 0'],
    ])('%s', (_, breakIt, error) => {
      const broken = first();
      breakIt(broken);
      expect(lintOutputErrors(broken)).toEqual([error]);
    });
  });
});
