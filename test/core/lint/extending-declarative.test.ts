import { describe, expect, it } from 'vitest';
import { declarativeRule } from '../../../src/core/lint/declarative.js';
import { lint } from '../../../src/core/lint/engine.js';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';

const strategy = yaml`
  mcm: 1
  name: Spring promo
  channels:
    - { id: email, type: email, owner: Ann, budget: 200 }
    - { id: shop, type: website, budget: 900 }
`;

const run = (then: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const rule = declarativeRule('acme/test', { description: 'A test rule.', severity: 'warning', given: '$.channels[*]', message: 'Channel {{value}}: {{error}}.', then, ...extra }, '.mcmrc.yaml');
  return lint(strategy, { ruleset: [rule] }).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity} ${d.message}`);
};

describe('declarative rules', () => {
  it('truthy reports each node whose field is missing, at the node', () => {
    expect(run({ function: 'truthy' }, { field: 'owner', message: 'A channel needs an owner.' })).toEqual(['5:5 acme/test warning A channel needs an owner.']);
  });
  it('falsy reports each node whose field is there, at the field', () => {
    expect(run({ function: 'falsy' }, { field: 'owner', message: 'No owner names ({{value}}).' })).toEqual(['4:38 acme/test warning No owner names (Ann).']);
  });
  it('pattern checks match and notMatch', () => {
    expect(run({ function: 'pattern', match: '^e' }, { field: 'id', message: '{{value}} {{error}}' })).toEqual(['5:11 acme/test warning shop does not match ^e']);
    expect(run({ function: 'pattern', notMatch: 'mail' }, { field: 'type', message: '{{value}} {{error}}' })).toEqual(['4:24 acme/test warning email matches mail']);
  });
  it('enumeration reports values outside the list', () => {
    expect(run({ function: 'enumeration', values: ['email', 'sms'] }, { field: 'type', message: '{{value}} is {{error}}' })).toEqual(['5:23 acme/test warning website is not one of email, sms']);
  });
  it('length measures numbers, texts and lists', () => {
    expect(run({ function: 'length', min: 300 }, { field: 'budget', message: '{{value}}: {{error}}' })).toEqual(['4:51 acme/test warning 200: 200 is under 300']);
    expect(run({ function: 'length', max: 4 }, { field: 'id', message: '{{value}}: {{error}}' })).toEqual(['4:11 acme/test warning email: 5 is over 4']);
  });
  it('contains reports once, at the list, when no result holds the value', () => {
    const rule = (value: string) => declarativeRule('acme/linkedin-for-b2b', { description: 'B2B has LinkedIn.', given: '$.channels[*].type', then: { function: 'contains', value }, message: 'B2B strategies need a LinkedIn channel.' }, 'x');
    expect(lint(strategy, { ruleset: [rule('linkedin')] }).diagnostics.map((d) => [d.line, d.column, d.severity, d.message])).toEqual([[4, 3, 'warning', 'B2B strategies need a LinkedIn channel.']]);
    expect(lint(strategy, { ruleset: [rule('email')] }).diagnostics).toEqual([]);
  });
  it('schema validates each result with ajv', () => {
    expect(run({ function: 'schema', schema: { type: 'object', required: ['owner'] } }, { message: '{{error}}' })).toEqual(["5:5 acme/test warning must have required property 'owner'"]);
  });
  it('works with the public rule tester, positions included', () => {
    ruleTester.run(declarativeRule('acme/owner', { description: 'Owners.', given: '$.channels[*]', field: 'owner', then: { function: 'truthy' }, message: 'Name an owner.' }, 'x'), {
      valid: ['channels:\n  - { id: a, type: email, owner: Ann }\n'],
      invalid: [{ code: 'channels:\n  - { id: a, type: email }\n', errors: [{ messageId: 'failed', line: 2, column: 5, text: 'Name an owner.' }] }],
    });
  });
  it('refuses every mistake, naming the file and key', () => {
    const bad = (id: string, spec: unknown) => () => declarativeRule(id, spec, 'shared/base.mcmrc.yaml');
    const ok = { description: 'd', given: '$.channels[*]', then: { function: 'truthy' }, message: 'm' };
    expect(bad('linkedin-for-b2b', ok)).toThrow('shared/base.mcmrc.yaml: define "linkedin-for-b2b": a defined rule\'s id needs a namespace, such as "acme/linkedin-for-b2b".');
    expect(bad('acme/x', { ...ok, then: { function: 'exists' } })).toThrow('shared/base.mcmrc.yaml: define "acme/x": "then.function" must be one of truthy, falsy, pattern, enumeration, length, contains, schema, got "exists".');
    expect(bad('acme/x', { ...ok, given: 'channels' })).toThrow('define "acme/x": "given" must be a JSONPath starting with "$"');
    expect(bad('acme/x', { ...ok, then: { function: 'pattern', match: '(' } })).toThrow('define "acme/x": "then.match" is not a regular expression');
    expect(bad('acme/x', { ...ok, then: { function: 'truthy', value: 1 } })).toThrow('define "acme/x": "then.value" is not an option of truthy (it takes none).');
    expect(bad('acme/x', { ...ok, severity: 'fatal' })).toThrow('define "acme/x": "severity" must be off, info, warning or error, got "fatal".');
    expect(bad('acme/x', { ...ok, message: undefined })).toThrow('define "acme/x": "message" must be a non-empty text.');
    expect(bad('acme/x', { ...ok, then: { function: 'contains' } })).toThrow('define "acme/x": contains needs "then.value"');
  });
});
