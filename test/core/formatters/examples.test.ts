import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../../src/core/formatters/index.js';
import { lint } from '../../../src/core/lint/engine.js';
import { rules } from '../../../src/core/rules/index.js';
import { version } from '../../../src/cli/run.js';
import { lintOutputErrors, markdownlint, parseJunit, ROOT, sarifErrors } from './validators.js';

// The examples shipped with mcm and the CI fixtures, linted for real: whatever the rules find, every format stays valid.
const files = globSync(['examples/**/*.yaml', 'test/fixtures/ci/*.yaml'], { cwd: ROOT }).sort();
const results = files.map((file) => lint(readFileSync(`${ROOT}/${file}`), { file }));
const options = { color: false, cwd: ROOT, rules, version };
const diagnostics = results.flatMap((r) => r.diagnostics);

describe('every format over the examples', () => {
  it('has examples with problems and examples without', () => {
    expect(files).toContain('test/fixtures/ci/problems.yaml');
    expect(results.some((r) => r.errorCount > 0)).toBe(true);
    expect(results.some((r) => r.diagnostics.length === 0)).toBe(true);
  });

  it('json conforms to schemas/lint-output.schema.json', () => {
    expect(lintOutputErrors(JSON.parse(formatters.json!(results, options)))).toEqual([]);
  });

  it('sarif conforms to the SARIF 2.1.0 schema, with one result per problem', () => {
    const output = formatters.sarif!(results, options);
    expect(sarifErrors(output)).toEqual([]);
    const log: { runs: { results: unknown[] }[] } = JSON.parse(output);
    expect(log.runs[0]!.results).toHaveLength(diagnostics.length);
  });

  it('github prints one valid workflow command per problem', () => {
    const lines = formatters.github!(results, options).trimEnd().split('\n');
    expect(lines.slice(0, -1).filter((l) => !/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=mcm\([a-z-]+\)::[^\r\n]+$/.test(l))).toEqual([]);
    expect(lines).toHaveLength(diagnostics.length + 1);
  });

  it('junit parses, with one suite per file and one case per rule that ran', () => {
    const suites = parseJunit(formatters.junit!(results, options)).testsuites.testsuite ?? [];
    expect(suites.map((s) => [s.name, s.testcase.length])).toEqual(files.map((f) => [f, rules.filter((r) => r.severity.recommended !== 'off').length]));
  });

  it('markdown is clean under markdownlint', () => {
    expect(markdownlint(formatters.markdown!(results, options))).toBe('');
  });
});
