import { test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/goal-measurable.js';

test('goal-measurable', () => {
  ruleTester.run(rule, {
    valid: [
      yaml`
        goal:
          statement: Book 400 oil changes online this quarter
          metric: appointments_booked
          target: 400
          deadline: 2027-06-30
      `,
      // A deadline that is not a date is the schema's to report, not "missing".
      'goal: { statement: Sell, metric: revenue, target: 1000, deadline: soon }\n',
      // A misspelt key is the schema's to report.
      'goal: { statement: Sell, metric: revenue, taget: 1000, deadline: 2027-01-01 }\n',
    ],
    invalid: [
      {
        code: yaml`
          name: Promo
          goal:
            statement: Sell more
            metric: revenue
        `,
        errors: [{
          messageId: 'notMeasurable', line: 2, column: 1, severity: 'error',
          text: 'The goal cannot be measured yet: add a numeric target and a deadline under goal, for example target: 400, deadline: YYYY-MM-DD.',
        }],
      },
      {
        code: 'goal: { statement: Sell more }\n',
        errors: [{
          messageId: 'notMeasurable', line: 1, column: 1,
          text: 'The goal cannot be measured yet: add a metric, a numeric target and a deadline under goal, for example metric: leads, target: 400, deadline: YYYY-MM-DD.',
        }],
      },
    ],
  });
});
