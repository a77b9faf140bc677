import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'goal-measurable',
  description: 'The goal has a metric, a numeric target and a deadline.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    notMeasurable: 'The goal cannot be measured yet: add {{missing}} under goal (for example metric: appointments_booked, target: 400, deadline: 2027-06-30).',
  },
  check({ strategy, report, provided }) {
    if (!strategy.goal) return;
    const parts = [['metric', 'a metric'], ['target', 'a numeric target'], ['deadline', 'a deadline']] as const;
    const missing = parts.filter(([key]) => !provided(['goal', key])).map(([, words]) => words);
    if (missing.length) report({ messageId: 'notMeasurable', data: { missing: list(missing) }, path: ['goal'], target: 'key' });
  },
});

function list(words: readonly string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0] ?? '';
}
