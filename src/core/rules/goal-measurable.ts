import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'goal-measurable',
  description: 'The goal has a metric, a numeric target and a deadline.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    notMeasurable: 'The goal cannot be measured yet: add {{missing}} under goal, for example {{example}}.',
    metric: 'a metric',
    target: 'a numeric target',
    deadline: 'a deadline',
    exampleMetric: 'metric: leads',
    exampleTarget: 'target: 400',
    exampleDeadline: 'deadline: YYYY-MM-DD',
  },
  check({ strategy, report, provided }) {
    if (!strategy.goal) return;
    const parts = [
      ['metric', 'exampleMetric'],
      ['target', 'exampleTarget'],
      ['deadline', 'exampleDeadline'],
    ] as const;
    const missing = parts.filter(([key]) => !provided(['goal', key]));
    if (missing.length) {
      const data = {
        missing: { list: missing.map(([key]) => ({ messageId: key })), join: 'and' as const },
        example: { list: missing.map(([, example]) => ({ messageId: example })), join: ', ' as const },
      };
      report({ messageId: 'notMeasurable', data, path: ['goal'], target: 'key' });
    }
  },
});

