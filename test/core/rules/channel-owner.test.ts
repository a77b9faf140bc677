import { describe, expect, test } from 'vitest';
import { lint } from '../../../src/core/lint/engine.js';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import channelOwner from '../../../src/core/rules/channel-owner.js';

const base = yaml`
  mcm: 1
  name: Spring promo
  goal: { statement: Book 400 oil changes }
  usp: Done in 30 minutes
  personas:
    - { id: commuter, name: Emma }
  channels:
    - id: website
      type: website
      owner: Web team
    - id: email
      type: email
      owner: CRM manager
`;
const unowned = base.replace('    owner: CRM manager\n', '');

describe('channel-owner', () => {
  test('cases', () => {
    ruleTester.run(channelOwner, {
      valid: [
        base,
        // An empty owner was written: the schema reports it.
        base.replace('owner: CRM manager', 'owner: ""'),
      ],
      invalid: [
        {
          code: unowned,
          errors: [{
            messageId: 'noOwner', line: 11, column: 5, endColumn: 14,
            text: 'Channel "email" has no owner: name the person or role who runs it under owner, so someone answers for its message and its KPIs.',
          }],
        },
      ],
    });
  });

  test('is off under the recommended preset and a warning under strict', () => {
    const found = (extendsPreset: 'recommended' | 'strict') =>
      lint(unowned, { config: { extends: extendsPreset } }).diagnostics.filter((d) => d.ruleId === 'channel-owner').map((d) => `${d.line}:${d.column} ${d.severity}`);
    expect(found('recommended')).toEqual([]);
    expect(found('strict')).toEqual(['11:5 warning']);
  });
});
