import { channelType, MISFIT_REASONS } from '../catalog/index.js';

// Each reason of the catalog, a phrase of the table: whyRetweets, whyOpenRate…
const reasonId = (why: string) => `why${why.charAt(0).toUpperCase()}${why.slice(1)}`;
const REASONS = Object.fromEntries(Object.entries(MISFIT_REASONS).map(([why, text]) => [reasonId(why), text]));
import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'kpi-channel-fit',
  description: 'Each channel is measured by KPIs that exist on its channel type (no retweets on Instagram, no open rate on TikTok).',
  severity: { recommended: 'warning', strict: 'warning' },
  fixable: 'suggestion',
  messages: {
    // What its fix does, as the editor offers it.
    suggestMetric: 'Measure "{{metric}}" instead',
    misfit: 'Channel "{{channel}}" uses the KPI "{{metric}}", which {{type}} does not have; try {{instead}}. {{reason}}',
    alreadyMeasured: 'Channel "{{channel}}" uses the KPI "{{metric}}", which {{type}} does not have; remove it, since you already measure {{instead}}. {{reason}}',
    ...REASONS,
  },
  check({ strategy, report }) {
    strategy.channels.forEach((channel, i) => {
      const type = channel.type === 'custom' ? undefined : channelType(channel.type);
      if (!type || !channel.kpis) return;
      const measured = new Set(channel.kpis.filter(Boolean).map((kpi) => kpi.metric));
      channel.kpis.forEach((kpi, k) => {
        const misfit = Object.hasOwn(type.misfitMetrics, kpi.metric) ? type.misfitMetrics[kpi.metric] : undefined;
        if (!misfit) return;
        const unused = misfit.instead.filter((metric) => !measured.has(metric));
        const data = { channel: channel.id, metric: kpi.metric, type: type.label, reason: { messageId: reasonId(misfit.why) } };
        const path = ['channels', i, 'kpis', k, 'metric'];
        const suggest = unused.map((metric) => ({ value: metric, desc: { messageId: 'suggestMetric', data: { metric } } }));
        if (unused.length) report({ messageId: 'misfit', data: { ...data, instead: { list: unused, join: 'or', quoted: true } }, path, suggest });
        else report({ messageId: 'alreadyMeasured', data: { ...data, instead: { list: misfit.instead, join: 'and', quoted: true } }, path });
      });
    });
  },
});
