import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import scheduleInPeriod from '../../../src/core/rules/schedule-in-period.js';

const base = yaml`
  mcm: 1
  name: Spring promo
  period: { start: 2027-03-01, end: 2027-06-30 }
  goal: { statement: Book 400 oil changes, deadline: 2027-06-30 }
  usp: Done in 30 minutes
  budget: { total: 5000, currency: EUR }
  personas:
    - { id: commuter, name: Emma }
  channels:
    - id: instagram
      type: instagram
      budget: 2000
      schedule:
        - { start: 2027-03-01, end: 2027-04-15, budget: 1200, label: Launch }
        - { start: 2027-05-01, end: 2027-06-30, budget: 800 }
    - { id: website, type: website }
`;

describe('schedule-in-period', () => {
  test('cases', () => {
    ruleTester.run(scheduleInPeriod, {
      valid: [
        base,
        // Without a period, flights are only checked against themselves and the budget.
        base.replace('period: { start: 2027-03-01, end: 2027-06-30 }\n', ''),
        // A one-day flight; a flight without a budget; a channel without a budget.
        base.replace('end: 2027-04-15, budget: 1200', 'end: 2027-03-01').replace('    budget: 2000\n', ''),
        // A date the schema rejects is the schema's to report.
        base.replace('end: 2027-04-15', 'end: 2027-02-30'),
      ],
      invalid: [
        {
          code: base.replace('start: 2027-03-01, end: 2027-04-15', 'start: 2027-04-15, end: 2027-03-01'),
          errors: [{ messageId: 'flightBackwards', line: 14, column: 35, endColumn: 45, severity: 'error', text: 'Flight 1 of "instagram" ends on 2027-03-01, before it starts on 2027-04-15: swap the two dates.' }],
        },
        {
          code: base.replace('start: 2027-03-01, end: 2027-04-15', 'start: 2027-02-20, end: 2027-04-15').replace('end: 2027-06-30, budget: 800', 'end: 2027-07-10, budget: 800'),
          errors: [
            { messageId: 'beforePeriod', line: 14, column: 18, text: 'Flight 1 of "instagram" starts on 2027-02-20, before the strategy period starts on 2027-03-01: start it on 2027-03-01 or later, or move period.start.' },
            { messageId: 'afterPeriod', line: 15, column: 35, text: 'Flight 2 of "instagram" ends on 2027-07-10, after the strategy period ends on 2027-06-30: end it on 2027-06-30 or earlier, or move period.end.' },
          ],
        },
        {
          code: base.replace('budget: 800', 'budget: 950.5'),
          errors: [{ messageId: 'overBudget', line: 12, column: 13, text: 'The flights of "instagram" budget EUR 2,150.50 in all, EUR 150.50 more than the channel\'s budget of EUR 2,000: lower a flight budget or raise the channel budget.' }],
        },
        {
          code: base.replace('deadline: 2027-06-30', 'deadline: 2027-07-31'),
          errors: [{ messageId: 'deadlineOutside', line: 4, column: 52, text: 'The goal\'s deadline, 2027-07-31, is after the strategy period (2027-03-01 to 2027-06-30): the target must be judged while the strategy runs, so move the deadline or the period.' }],
        },
        {
          code: base.replace('{ start: 2027-03-01, end: 2027-06-30 }', '{ start: 2027-06-30, end: 2027-03-01 }'),
          errors: [{ messageId: 'periodBackwards', line: 3, column: 35, text: 'The strategy period ends on 2027-03-01, before it starts on 2027-06-30: swap the two dates.' }],
        },
      ],
    });
  });
});
