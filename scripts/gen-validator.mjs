// Compiles schemas/strategy.schema.json into src/core/lint/strategy-validator.ts with ajv's standalone code,
// so that `mcm lint` does not load ajv nor compile the schema at every start. `npm run build` runs it first.
// `node scripts/gen-validator.mjs --check` exits 1 when the file is stale (test/core/lint/strategy-validator.test.ts runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const target = new URL('../src/core/lint/strategy-validator.ts', import.meta.url);

export function generateValidator() {
  const schema = JSON.parse(readFileSync(new URL('../schemas/strategy.schema.json', import.meta.url), 'utf8'));
  // The same options schema-check.ts relies on: every error, with the data and the schema it concerns.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, code: { source: true, esm: true } });
  addFormats.default(ajv, ['date', 'uri']);
  const code = standaloneCode.default(ajv, ajv.compile(schema))
    .replace('"use strict";', '')
    .replace(/^export const validate = (\w+);export default \w+;/m, 'const validate = $1;')
    .replace('require("ajv-formats/dist/formats").fullFormats.uri', 'uriOrSimpler(fullFormats.uri)')
    .replaceAll('require("ajv-formats/dist/formats").fullFormats', 'fullFormats')
    .replaceAll('require("ajv/dist/runtime/ucs2length").default', 'stringLength')
    // ajv joins a referenced schema's errors with concat, copying every error so far at each failing item:
    // 100,000 broken channels took minutes. Appending them in place keeps it linear.
    .replace(/vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g,
      'if (vErrors === null) {vErrors = $1.errors;} else {for (const e of $1.errors) vErrors.push(e);}')
    // YAML's .nan and .inf are numbers to JavaScript, not amounts anyone can plan with: where the schema
    // expects a number (or an integer), they are a type error.
    .replace(/typeof (data\d*) == "number"/g, '(typeof $1 == "number" && isFinite($1))');
  // The schema itself is in the code as an object: the core takes it from here instead of reading the file.
  const head = `{"$schema":${JSON.stringify(schema.$schema)},"$id":${JSON.stringify(schema.$id)},`;
  const rootSchema = [...code.matchAll(/const (schema\d+) = /g)].find((m) => code.startsWith(head, m.index + m[0].length));
  if (!rootSchema) throw new Error('gen-validator: the schema object was not found in the generated code.');
  if (code.includes('require(')) throw new Error('gen-validator: the generated code requires a module this script does not import.');
  return [
    '// @ts-nocheck -- ajv\'s standalone output is plain JavaScript.',
    '/* Generated from schemas/strategy.schema.json by `npm run gen:validator`. Do not edit. */',
    "import type { ValidateFunction } from 'ajv/dist/2020.js';",
    '// The generated code needs two small runtime helpers (string length, date and URI formats), not ajv itself;',
    '// scripts/bundle.mjs bundles them, so no package is looked up when mcm lint starts.',
    "import ucs2length from 'ajv/dist/runtime/ucs2length.js';",
    '// A CommonJS module with an `exports.default`: Node (and the bundle) import its module.exports, Vite its default.',
    "const stringLength = typeof ucs2length === 'function' ? ucs2length : (ucs2length as { default: (text: string) => number }).default;",
    "import { fullFormats } from 'ajv-formats/dist/formats.js';",
    '',
    '// The full URI expression takes about 15 ms to compile on first use: most links are plain web addresses that',
    '// this one, a strict subset of it, accepts at once (test/core/lint/strategy-validator.test.ts checks the subset).',
    "export const SIMPLE_URI = /^https?:\\/\\/[a-z0-9\\-._~]+(?::\\d*)?(?:\\/[a-z0-9\\-._~!$&'()*+,;=:@]*)*(?:\\?[a-z0-9\\-._~!$&'()*+,;=:@/?]*)?(?:#[a-z0-9\\-._~!$&'()*+,;=:@/?]*)?$/i;",
    'const uriOrSimpler = (full: (text: string) => boolean) => (text: string) => SIMPLE_URI.test(text) || full(text);',
    '',
    code.trim(),
    '',
    '/** Validates a strategy against the JSON Schema; on failure, `validateStrategy.errors` holds the errors. */',
    'export const validateStrategy: ValidateFunction = validate;',
    '',
    '/** schemas/strategy.schema.json, as the validator holds it. */',
    `export const strategySchemaData: Record<string, unknown> = ${rootSchema[1]};`,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const text = generateValidator();
  if (process.argv.includes('--check')) {
    process.exitCode = readFileSync(target, 'utf8') === text ? 0 : 1;
  } else {
    writeFileSync(target, text);
  }
}
