import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { registerSchema, setShouldValidateFormat, validate, type Validator } from '@hyperjump/json-schema/draft-2020-12';
import '@hyperjump/json-schema/formats';
import { CORE_SCHEMA, load } from 'js-yaml';
import { globSync } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/core/strategy/schema-check.js';
import { parseSource } from '../../src/core/strategy/parse.js';

/**
 * Editors do not run ajv: the YAML extension of VS Code validates with its own JSON Schema engine. Here a second,
 * independent stack (js-yaml as the parser, @hyperjump/json-schema as the validator, the schema as `mcm schema`
 * prints it) must reach the same verdict as mcm and as ajv compiling that schema, on valid and invalid strategies.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const spec = readFileSync(`${ROOT}test/fixtures/ci/spec.yaml`, 'utf8');

function mutate(find: string, replace: string): string {
  if (!spec.includes(find)) throw new Error(`The fixture no longer holds ${JSON.stringify(find)}`);
  return spec.replace(find, replace);
}

const all = globSync(['examples/**/*.yaml'], { cwd: ROOT }).sort();
// Strategies only: the agency example also holds its configuration files (*.mcmrc.yaml).
const examples = all.filter((f) => !f.includes('/problems/') && !f.endsWith('.mcmrc.yaml'));
const problemExamples = all.filter((f) => f.includes('/problems/'));
const valid: [string, string][] = [
  ['the SPEC §1 example', spec],
  ...examples.map((f): [string, string] => [f, readFileSync(`${ROOT}${f}`, 'utf8')]),
  ['free keys under x- and x', `${spec}x-agency:\n  account: Jo\nx: [anything, 1, true]\n`],
  ['an omnichannel approach', mutate('approach: multichannel', 'approach: omnichannel')],
];
const invalid: [string, string][] = [
  ['a missing usp', mutate('usp: Done in 30 minutes, or the next one is free', '')],
  ['an unknown key', mutate('    kpis:                       # a KPI set', '    kpi:                        # a KPI set')],
  ['a channel type outside the catalog', mutate('type: facebook ', 'type: facebok ')],
  ['text where a number belongs', mutate('target: 400 ', 'target: lots ')],
  ['a deadline that is not a date', mutate('deadline: 2027-06-30', 'deadline: 2027-13-45')],
  ['a link that is not a web address', mutate('link: https://example.com/book', 'link: example dot com')],
  ['an id that is not kebab-case', mutate('  - id: busy-commuter', '  - id: Busy Commuter')],
  ['a currency that is not an ISO code', mutate('currency: EUR', 'currency: euro')],
  ['another format version', mutate('mcm: 1 ', 'mcm: 2 ')],
  ['no channel at all', `${spec.slice(0, spec.indexOf('channels:'))}channels: []\n`],
];

let check: Validator;
let ajv: ValidateFunction;
let printed: unknown;

beforeAll(async () => {
  const run = spawnSync(process.execPath, [`${ROOT}bin/mcm.js`, 'schema'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  printed = JSON.parse(run.stdout);
  registerSchema(JSON.parse(run.stdout));
  const compiler = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(compiler, ['date', 'uri']);
  ajv = compiler.compile(JSON.parse(run.stdout));
  setShouldValidateFormat(true);
  check = await validate('https://mcm.dev/schemas/strategy.schema.json');
});

const byMcm = (text: string) => {
  const { value, problems } = parseSource(text);
  return problems.length === 0 && value !== undefined && checkSchema(value).length === 0;
};
const byAjv = (text: string) => ajv(parseSource(text).value);
// JSON.parse makes the parsed YAML plain JSON data, the type the validator takes.
const byHyperjump = (text: string) => check(JSON.parse(JSON.stringify(load(text, { schema: CORE_SCHEMA })))).valid;

describe('a second JSON Schema validator agrees with mcm', () => {
  it('reads the schema that "mcm schema" prints, which is the shipped file', () => {
    expect(printed).toEqual(JSON.parse(readFileSync(`${ROOT}schemas/strategy.schema.json`, 'utf8')));
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(valid)('accepts %s', (_, text) => {
    expect([byMcm(text), byAjv(text), byHyperjump(text)]).toEqual([true, true, true]);
  });

  it.each(invalid)('rejects %s', (_, text) => {
    expect([byMcm(text), byAjv(text), byHyperjump(text)]).toEqual([false, false, false]);
  });

  it.each(problemExamples)('reaches the same verdict on %s', (file) => {
    const text = readFileSync(`${ROOT}${file}`, 'utf8');
    expect([byAjv(text), byHyperjump(text)]).toEqual([byMcm(text), byMcm(text)]);
  });
});
