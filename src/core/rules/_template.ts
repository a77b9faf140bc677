// The starting point of a new rule: `npm run new:rule <id>` copies it to src/core/rules/<id>.ts,
// with a test in test/core/rules/ and a page in docs/rules/. It is not registered in index.ts.
import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'rule-id',
  description: 'What must hold, in one sentence a marketer understands.',
  severity: { recommended: 'warning', strict: 'warning' },
  messages: {
    problem: 'Channel "{{channel}}" …: say what is wrong and what to do instead, naming the better value where there is one.',
  },
  check({ strategy, report }) {
    // Lists keep the holes the schema left (see LintStrategy): iterate with forEach, filter or some.
    strategy.channels.forEach((channel, i) => {
      const wrong = channel.id === ''; // replace with what the rule checks
      if (wrong) report({ messageId: 'problem', data: { channel: channel.id }, path: ['channels', i] });
    });
  },
});
