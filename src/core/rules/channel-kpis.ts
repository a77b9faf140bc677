import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'channel-kpis',
  description: 'Every channel has at least one KPI with a numeric target.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    missing: 'Channel "{{channel}}" has no KPI: add at least one under kpis, with a metric and a target.',
    noTarget: 'KPI "{{metric}}" of channel "{{channel}}" has no target: add the number it should reach (ratios as fractions, 0.02 for 2 %).',
  },
  check({ strategy, report, provided }) {
    strategy.channels.forEach((channel, i) => {
      if (!channel.kpis?.length) {
        if (!provided(['channels', i, 'kpis']) || channel.kpis?.length === 0) {
          report({ messageId: 'missing', data: { channel: channel.id }, path: ['channels', i] });
        }
        return;
      }
      channel.kpis.forEach((kpi, k) => {
        if (!provided(['channels', i, 'kpis', k, 'target'])) {
          report({ messageId: 'noTarget', data: { metric: kpi.metric, channel: channel.id }, path: ['channels', i, 'kpis', k] });
        }
      });
    });
  },
});
