import { test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/channel-kpis.js';

test('channel-kpis', () => {
  ruleTester.run(rule, {
    valid: [
      yaml`
        channels:
          - id: email
            type: email
            kpis: [{ metric: open_rate, target: 0.35 }]
      `,
      // A target that is not a number is the schema's to report.
      'channels: [{ id: email, type: email, kpis: [{ metric: open_rate, target: lots }] }]\n',
      'channels: [{ id: email, type: email, kpi: [{ metric: open_rate, target: 0.3 }] }]\n',
    ],
    invalid: [
      {
        code: yaml`
          channels:
            - id: email
              type: email
              kpis: [{ metric: open_rate, target: 0.35 }]
            - id: sms
              type: sms
        `,
        errors: [{ messageId: 'missing', line: 5, column: 5, endLine: 5, endColumn: 12, severity: 'error', text: 'Channel "sms" has no KPI: add at least one under kpis, with a metric and a target.' }],
      },
      {
        code: yaml`
          channels:
            - id: sms
              type: sms
              kpis: []
            - id: email
              type: email
              kpis:
                - metric: open_rate
                  target: 0.35
                - metric: click_rate
        `,
        errors: [
          { messageId: 'missing', line: 2, column: 5 },
          { messageId: 'noTarget', line: 10, column: 9, text: 'KPI "click_rate" of channel "email" has no target: add the number it should reach (ratios as fractions, 0.02 for 2 %).' },
        ],
      },
    ],
  });
});
