import { test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/unique-ids.js';

test('unique-ids', () => {
  ruleTester.run(rule, {
    valid: [yaml`
      personas: [{ id: emma, name: Emma }, { id: paul, name: Paul }]
      channels: [{ id: email, type: email }, { id: sms, type: sms }]
    `],
    invalid: [
      {
        code: yaml`
          personas:
            - { id: emma, name: Emma }
            - { id: emma, name: Emma again }
          channels:
            - id: email
              type: email
            - id: sms
              type: sms
            - id: email
              type: email
        `,
        errors: [
          { messageId: 'duplicatePersona', line: 3, column: 11, severity: 'error', text: 'Persona id "emma" is already used by persona 1: give each persona its own id.' },
          { messageId: 'duplicateChannel', line: 9, column: 9, severity: 'error', text: 'Channel id "email" is already used by channel 1: give each channel its own id.' },
        ],
      },
    ],
  });
});
