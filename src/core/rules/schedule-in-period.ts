import { defineRule } from '../lint/define-rule.js';
import { dayOf } from '../results/dates.js';

export default defineRule({
  id: 'schedule-in-period',
  description: 'Flights start before they end, lie inside the strategy period, and their budgets add up to at most the channel\'s budget.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    periodBackwards: 'The strategy period ends on {{end}}, before it starts on {{start}}: swap the two dates.',
    flightBackwards: 'Flight {{n}} of "{{channel}}" ends on {{end}}, before it starts on {{start}}: swap the two dates.',
    beforePeriod: 'Flight {{n}} of "{{channel}}" starts on {{start}}, before the strategy period starts on {{periodStart}}: start it on {{periodStart}} or later, or move period.start.',
    afterPeriod: 'Flight {{n}} of "{{channel}}" ends on {{end}}, after the strategy period ends on {{periodEnd}}: end it on {{periodEnd}} or earlier, or move period.end.',
    overBudget: 'The flights of "{{channel}}" budget {{sum}} in all, {{excess}} more than the channel\'s budget of {{budget}}: lower a flight budget or raise the channel budget.',
    deadlineOutside: 'The goal\'s deadline, {{deadline}}, is {{side}} the strategy period ({{periodStart}} to {{periodEnd}}): the target must be judged while the strategy runs, so move the deadline or the period.',
  },
  check({ strategy, report }) {
    const day = (value: unknown) => (typeof value === 'string' ? dayOf(value) : undefined);
    const period = strategy.period;
    let start = day(period?.start);
    let end = day(period?.end);
    if (start !== undefined && end !== undefined && start > end) {
      report({ messageId: 'periodBackwards', data: { start: period!.start, end: period!.end }, path: ['period', 'end'] });
      start = end = undefined;
    }
    const deadline = day(strategy.goal?.deadline);
    if (deadline !== undefined && start !== undefined && end !== undefined && (deadline < start || deadline > end)) {
      report({
        messageId: 'deadlineOutside',
        data: { deadline: strategy.goal!.deadline!, side: deadline < start ? 'before' : 'after', periodStart: period!.start, periodEnd: period!.end },
        path: ['goal', 'deadline'],
      });
    }
    strategy.channels.forEach((channel, i) => {
      let cents = 0;
      (channel.schedule ?? []).forEach((flight, j) => {
        if (!flight) return;
        const data = { n: j + 1, channel: channel.id, start: flight.start, end: flight.end };
        const s = day(flight.start);
        const e = day(flight.end);
        if (typeof flight.budget === 'number') cents += Math.round(flight.budget * 100);
        if (s !== undefined && e !== undefined && s > e) {
          report({ messageId: 'flightBackwards', data, path: ['channels', i, 'schedule', j, 'end'] });
          return;
        }
        if (s !== undefined && start !== undefined && s < start) report({ messageId: 'beforePeriod', data: { ...data, periodStart: period!.start }, path: ['channels', i, 'schedule', j, 'start'] });
        if (e !== undefined && end !== undefined && e > end) report({ messageId: 'afterPeriod', data: { ...data, periodEnd: period!.end }, path: ['channels', i, 'schedule', j, 'end'] });
      });
      if (typeof channel.budget === 'number' && cents > Math.round(channel.budget * 100)) {
        const limit = Math.round(channel.budget * 100);
        const money = (c: number) => ({ money: c / 100, currency: strategy.budget?.currency });
        report({ messageId: 'overBudget', data: { channel: channel.id, sum: money(cents), excess: money(cents - limit), budget: money(limit) }, path: ['channels', i, 'budget'] });
      }
    });
  },
});

