import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'channel-owner',
  description: 'Every channel has an owner.',
  severity: { recommended: 'off', strict: 'warning' },
  messages: {
    noOwner: 'Channel "{{channel}}" has no owner: name the person or role who runs it under owner, so someone answers for its message and its KPIs.',
  },
  check({ strategy, report, provided }) {
    strategy.channels.forEach((channel, i) => {
      if (!provided(['channels', i, 'owner'])) report({ messageId: 'noOwner', data: { channel: channel.id }, path: ['channels', i] });
    });
  },
});
