import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

let sarifValidator: ValidateFunction | undefined;
let lintOutputValidator: ValidateFunction | undefined;

const explain = (check: ValidateFunction): string[] => (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);

/** Errors of a SARIF log against the official SARIF 2.1.0 schema (draft-07), vendored in test/fixtures/sarif. */
export function sarifErrors(text: string): string[] {
  if (!sarifValidator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    sarifValidator = ajv.compile(readJson('test/fixtures/sarif/sarif-schema-2.1.0.json'));
  }
  return sarifValidator(JSON.parse(text)) ? [] : explain(sarifValidator);
}

/** Errors of `--format json` output against schemas/lint-output.schema.json. */
export function lintOutputErrors(value: unknown): string[] {
  if (!lintOutputValidator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    lintOutputValidator = ajv.compile(readJson('schemas/lint-output.schema.json'));
  }
  return lintOutputValidator(value) ? [] : explain(lintOutputValidator);
}

/** Parses JUnit XML after checking it is well-formed; every element becomes an array, attributes keep their names. */
export function parseJunit(text: string): JunitReport {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && name !== 'testsuites', parseAttributeValue: false, trimValues: false, htmlEntities: true });
  // fast-xml-parser returns untyped data; JunitReport is what a JUnit report holds.
  const report: JunitReport = parser.parse(text);
  return report;
}

export interface JunitCase {
  name: string;
  classname: string;
  file: string;
  failure?: { type: string; message: string; '#text': string }[];
  skipped?: { message: string }[];
  'system-out'?: string[];
}

export interface JunitReport {
  testsuites: {
    name: string; tests: string; failures: string; errors: string;
    testsuite?: { name: string; tests: string; failures: string; errors: string; skipped: string; testcase: JunitCase[] }[];
  };
}

/** What markdownlint-cli2, with its default rules, says about a Markdown text ('' when clean). */
export function markdownlint(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-md-'));
  try {
    writeFileSync(join(dir, 'report.md'), text);
    const bin = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
    const run = spawnSync(process.execPath, [bin, 'report.md'], { cwd: dir, encoding: 'utf8' });
    return run.status === 0 ? '' : `${run.stdout}${run.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
