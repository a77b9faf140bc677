import { defineRule } from '../lint/define-rule.js';
import { listWords } from '../text/wording.js';

export default defineRule({
  id: 'goal-measurable',
  description: 'The goal has a metric, a numeric target and a deadline.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    notMeasurable: 'The goal cannot be measured yet: add {{missing}} under goal, for example {{example}}.',
  },
  check({ strategy, report, provided }) {
    if (!strategy.goal) return;
    const parts = [
      ['metric', 'a metric', 'metric: leads'],
      ['target', 'a numeric target', 'target: 400'],
      ['deadline', 'a deadline', 'deadline: YYYY-MM-DD'],
    ] as const;
    const missing = parts.filter(([key]) => !provided(['goal', key]));
    if (missing.length) {
      const data = { missing: listWords(missing.map(([, words]) => words), 'and'), example: missing.map(([, , example]) => example).join(', ') };
      report({ messageId: 'notMeasurable', data, path: ['goal'], target: 'key' });
    }
  },
});

