import { describe, expect, it, test } from 'vitest';
import { defineRule } from '../../../src/core/lint/define-rule.js';
import { RuleTester, ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';

// Reports every channel whose id starts with "x".
const noX = defineRule({
  id: 'acme/no-x',
  description: 'No channel id starts with x.',
  severity: { recommended: 'warning', strict: 'error' },
  messages: { startsWithX: 'Channel "{{channel}}" starts with x.' },
  check({ strategy, report }) {
    strategy.channels.forEach((c, i) => {
      if (c.id.startsWith('x')) report({ messageId: 'startsWithX', data: { channel: c.id }, path: ['channels', i, 'id'] });
    });
  },
});

const clean = 'channels: [{ id: email, type: email }]\n';
const dirty = yaml`
  channels:
    - id: xmail
      type: email
`;
const found = { messageId: 'startsWithX', line: 2, column: 9 };

describe('the rule tester', () => {
  test('passes a rule whose cases hold, with exact positions, severity and wording', () => {
    expect(() => ruleTester.run(noX, {
      valid: [clean],
      invalid: [{ code: dirty, errors: [{ ...found, endLine: 2, endColumn: 14, severity: 'warning', text: 'Channel "xmail" starts with x.' }] }],
    })).not.toThrow();
  });

  test('rejects a case that is not valid YAML, valid or invalid', () => {
    expect(() => ruleTester.run(noX, { valid: ['channels: [{ id: email\n'], invalid: [] })).toThrow(/A case of acme\/no-x is not valid YAML \(line 2, column 1: /);
    expect(() => ruleTester.run(noX, { valid: [], invalid: [{ code: 'a: 1\na: 2\n', errors: [found] }] }))
      .toThrow('A case of acme/no-x is not valid YAML (line 2, column 1: The key "a" appears twice in the same place: keep one.)');
  });

  test('rejects an expected messageId that is not in the rule\'s table', () => {
    expect(() => ruleTester.run(noX, { valid: [], invalid: [{ code: dirty, errors: [{ ...found, messageId: 'startWithX' }] }] }))
      .toThrow('An invalid case of acme/no-x expects the messageId "startWithX", which the rule\'s table does not have (it has startsWithX).');
  });

  test('rejects an invalid case that gives no error, and one that lists none', () => {
    expect(() => ruleTester.run(noX, { valid: [], invalid: [{ code: clean, errors: [found] }] })).toThrow(`An invalid case of acme/no-x gave no diagnostic:\n${clean}`);
    expect(() => ruleTester.run(noX, { valid: [], invalid: [{ code: dirty, errors: [] }] })).toThrow('An invalid case of acme/no-x lists no expected diagnostic');
  });

  test('rejects a valid case that gives an error, and an invalid case with other positions', () => {
    expect(() => ruleTester.run(noX, { valid: [dirty], invalid: [] })).toThrow('A valid case of acme/no-x gave diagnostics');
    expect(() => ruleTester.run(noX, { valid: [], invalid: [{ code: dirty, errors: [{ ...found, column: 5 }] }] })).toThrow('gave other diagnostics than expected');
  });

  test('rejects duplicates and expectations by message instead of messageId', () => {
    expect(() => ruleTester.run(noX, { valid: [clean, clean], invalid: [] })).toThrow('Duplicate test case for acme/no-x');
    const byMessage = { ...found, message: 'Channel "xmail" starts with x.' };
    expect(() => ruleTester.run(noX, { valid: [], invalid: [{ code: dirty, errors: [byMessage] }] }))
      .toThrow('An expected diagnostic of acme/no-x has "message": expect a messageId and a position');
  });

  test('rejects a message that keeps a placeholder', () => {
    const unfilled = defineRule({ ...noX, messages: { startsWithX: 'Channel "{{name}}" starts with x.' } });
    expect(() => ruleTester.run(unfilled, { valid: [], invalid: [{ code: dirty, errors: [found] }] })).toThrow('keeps an unfilled placeholder');
  });

  test('checks fix output: null or unchanged where the rule fixes nothing, the fixer\'s text otherwise', () => {
    expect(() => ruleTester.run(noX, { valid: [], invalid: [{ code: dirty, errors: [found], output: null }] })).not.toThrow();
    expect(() => ruleTester.run(noX, { valid: [], invalid: [{ code: dirty, errors: [found], output: clean }] })).toThrow('The fixes of acme/no-x give another text');
    expect(() => ruleTester.run(noX, { valid: [], invalid: [{ code: dirty, errors: [found], output: dirty }] })).toThrow('acme/no-x reports fixes, so it declares fixable');
    const fixing = new RuleTester(undefined, { fix: (code) => code.replace('xmail', 'email') });
    const fixable = defineRule({ ...noX, fixable: 'problem' });
    expect(() => fixing.run(fixable, { valid: [], invalid: [{ code: dirty, errors: [found], output: dirty.replace('xmail', 'email') }] })).not.toThrow();
    expect(() => fixing.run(fixable, { valid: [], invalid: [{ code: dirty, errors: [found], output: dirty }] })).toThrow('The fixes of acme/no-x give another text');
  });

  test('with a framework\'s describe and it, every case is a test of its own', () => {
    const names: string[] = [];
    const bodies: (() => void)[] = [];
    new RuleTester({ describe: (name, body) => { names.push(name); body(); }, it: (name, body) => { names.push(name); bodies.push(body); } })
      .run(noX, { valid: [clean], invalid: [{ code: dirty, errors: [found] }, { code: dirty.replace('email', 'sms'), errors: [{ ...found, messageId: 'nope' }] }] });
    expect(names).toEqual(['acme/no-x', 'valid case 1', 'invalid case 1', 'invalid case 2']);
    expect(() => bodies[1]!()).not.toThrow();
    expect(() => bodies[2]!()).toThrow('expects the messageId "nope"');
  });
});

// The tester as a plugin author uses it: vitest's own describe and it.
new RuleTester({ describe, it }).run(noX, { valid: [clean], invalid: [{ code: dirty, errors: [found] }] });
