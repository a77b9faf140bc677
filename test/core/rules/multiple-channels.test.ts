import { test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/multiple-channels.js';

test('multiple-channels', () => {
  ruleTester.run(rule, {
    valid: [
      'channels: [{ id: email, type: email }, { id: web, type: website }]\n',
      // No channel at all is the schema's to report.
      'channels: []\n',
    ],
    invalid: [{
      code: yaml`
        name: Solo
        channels:
          - { id: email, type: email }
      `,
      errors: [{
        messageId: 'single', line: 2, column: 1, endLine: 2, endColumn: 9, severity: 'error',
        text: 'The strategy has only one channel: a multichannel strategy reaches its personas on at least two. Add another channel under channels.',
      }],
    }],
  });
});
