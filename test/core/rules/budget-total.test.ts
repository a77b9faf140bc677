import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import budgetTotal from '../../../src/core/rules/budget-total.js';

const base = yaml`
  mcm: 1
  name: Spring promo
  goal: { statement: Book 400 oil changes }
  usp: Done in 30 minutes
  budget:
    total: 12000
    currency: EUR
  personas:
    - { id: commuter, name: Emma }
  channels:
    - { id: facebook-page, type: facebook, budget: 9000 }
    - { id: website, type: website, budget: 3000 }
`;

describe('budget-total', () => {
  test('cases', () => {
    ruleTester.run(budgetTotal, {
      valid: [
        base,
        // No total: nothing to exceed.
        base.replace('  total: 12000\n', ''),
        // Amounts are added in cents: 0.1 + 0.2 is 0.3.
        base.replace('total: 12000', 'total: 0.3').replace('budget: 9000', 'budget: 0.1').replace('budget: 3000', 'budget: 0.2'),
        // A negative budget is rejected by the schema, not added.
        base.replace('budget: 9000', 'budget: -9000').replace('budget: 3000', 'budget: 12000'),
      ],
      invalid: [
        {
          code: base.replace('budget: 9000', 'budget: 9500'),
          errors: [{
            messageId: 'overspent', line: 6, column: 10, endColumn: 15, severity: 'error',
            text: 'The channel budgets add up to EUR 12,500, EUR 500 more than the total budget of EUR 12,000: lower some channel budgets or raise budget.total.',
          }],
        },
        {
          code: base.replace('  currency: EUR\n', '').replace('budget: 9000', 'budget: 1234567.5'),
          errors: [{ messageId: 'overspent', line: 6, column: 10, text: 'The channel budgets add up to 1,237,567.50, 1,225,567.50 more than the total budget of 12,000: lower some channel budgets or raise budget.total.' }],
        },
        {
          code: base.replace('total: 12000', 'total: 0').replace('currency: EUR', 'currency: USD').replace('budget: 9000', 'budget: 0.25').replace('budget: 3000', 'budget: 0'),
          errors: [{ messageId: 'overspent', line: 6, column: 10, text: 'The channel budgets add up to USD 0.25, USD 0.25 more than the total budget of USD 0: lower some channel budgets or raise budget.total.' }],
        },
      ],
    });
  });
});
