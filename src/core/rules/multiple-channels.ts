import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'multiple-channels',
  description: 'The strategy uses at least two channels.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    single: 'The strategy has only one channel: a multichannel strategy reaches its personas on at least two. Add another channel under channels.',
  },
  check({ strategy, report }) {
    if (strategy.channels.length === 1) report({ messageId: 'single', path: ['channels'], target: 'key' });
  },
});
