import { defineRule, type MessagePart } from '../lint/define-rule.js';
import { dayOf } from '../results/dates.js';

export default defineRule({
  id: 'deliverables-due',
  description: 'A deliverable is due before the first flight it serves starts.',
  severity: { recommended: 'warning', strict: 'warning' },
  messages: {
    late: '{{asset}} for "{{channel}}" is due on {{due}}, {{when}}: the channel would go live without it. Make it due before {{start}}.',
    times: '{{count}} × {{asset}}',
    sameDay: 'the day {{what}} starts',
    after: 'after {{what}} starts on {{start}}',
    firstFlight: 'its first flight',
    firstFlightLabel: 'its first flight ({{label}})',
    firstFlightN: 'its first flight (flight {{n}})',
    period: 'the strategy period',
  },
  check({ strategy, report }) {
    const day = (value: unknown) => (typeof value === 'string' ? dayOf(value) : undefined);
    const periodStart = day(strategy.period?.start);
    strategy.channels.forEach((channel, i) => {
      // The first flight the deliverables serve: the channel's earliest flight, else the strategy period.
      let first: { day: number; text: string; what: MessagePart } | undefined;
      (channel.schedule ?? []).forEach((flight, j) => {
        const start = day(flight?.start);
        if (start !== undefined && (first === undefined || start < first.day)) {
          first = { day: start, text: flight!.start, what: flight!.label ? { messageId: 'firstFlightLabel', data: { label: flight!.label } } : channel.schedule!.length > 1 ? { messageId: 'firstFlightN', data: { n: j + 1 } } : { messageId: 'firstFlight' } };
        }
      });
      if (first === undefined && periodStart !== undefined) first = { day: periodStart, text: strategy.period!.start, what: { messageId: 'period' } };
      if (first === undefined) return;
      channel.content?.deliverables?.forEach((deliverable, j) => {
        const due = day(deliverable?.due);
        if (due === undefined || due < first!.day) return;
        const asset = deliverable!.asset.trim();
        const capitalized = `${asset.charAt(0).toUpperCase()}${asset.slice(1)}`;
        report({
          messageId: 'late',
          data: {
            asset: typeof deliverable!.count === 'number' && deliverable!.count > 1 ? { messageId: 'times', data: { count: deliverable!.count, asset: capitalized } } : capitalized,
            channel: channel.id, due: deliverable!.due!, start: first!.text,
            when: due === first!.day ? { messageId: 'sameDay', data: { what: first!.what } } : { messageId: 'after', data: { what: first!.what, start: first!.text } },
          },
          path: ['channels', i, 'content', 'deliverables', j, 'due'],
        });
      });
    });
  },
});
