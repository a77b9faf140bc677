import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'budget-total',
  description: 'The channel budgets do not add up to more than the total budget.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    overspent: 'The channel budgets add up to {{sum}}, {{excess}} more than the total budget of {{total}}: lower some channel budgets or raise budget.total.',
  },
  check({ strategy, report }) {
    const total = strategy.budget?.total;
    if (typeof total !== 'number') return;
    // In cents, so that 0.1 + 0.2 does not overspend 0.3.
    let sum = 0;
    strategy.channels.forEach((channel) => {
      if (typeof channel.budget === 'number') sum += Math.round(channel.budget * 100);
    });
    const limit = Math.round(total * 100);
    if (sum <= limit) return;
    const currency = strategy.budget?.currency;
    const money = (cents: number) => ({ money: cents / 100, currency });
    report({ messageId: 'overspent', data: { sum: money(sum), excess: money(sum - limit), total: money(limit) }, path: ['budget', 'total'] });
  },
});
