import { metrics } from '../catalog/index.js';
import { defineRule } from '../lint/define-rule.js';

export default defineRule({
  id: 'goal-kpi-link',
  description: 'At least one channel KPI measures the goal, or the conversion it comes from, so the channel results show whether the goal is being reached.',
  severity: { recommended: 'warning', strict: 'warning' },
  messages: {
    noLink: 'No channel KPI measures the goal\'s metric "{{metric}}", and no conversion-stage channel has a conversion KPI: add "{{metric}}" to the KPIs of the channel that brings it{{channels}}, or a KPI such as "conversions" or "conversion_rate", so the channel results show whether the goal is being reached.',
    noLinkNoMetric: 'No conversion-stage channel has a conversion KPI: add a KPI such as "conversions", "conversion_rate" or "leads"{{channels}}, so the channel results show whether the goal is being reached.',
    converting: ' (the conversion stage has {{channels}})',
    convertingMore: ' (the conversion stage has {{channels}} and others)',
  },
  check({ strategy, report, provided }) {
    const { goal, channels, funnel } = strategy;
    if (!goal || !channels.length) return;
    // A channel, KPI list or funnel the schema rejected may hold the link: the schema has spoken, say nothing.
    const dense = <T>(list: T[]) => list.filter(Boolean).length === list.length;
    if (!dense(channels) || !dense(funnel)) return;
    if (channels.some((c, i) => provided(['channels', i, 'kpis']) && (!c.kpis || !dense(c.kpis)))) return;
    if (provided(['funnel']) && !funnel.length) return;
    const metric = typeof goal.metric === 'string' && goal.metric ? goal.metric : undefined;
    if (metric && channels.some((c) => c.kpis?.some((kpi) => kpi?.metric === metric))) return;
    const converting = new Set<string>();
    funnel.forEach((item) => {
      if (item.stage === 'conversion') item.channels?.forEach((id) => converting.add(id));
    });
    const measuresConversion = (id: string) => Object.hasOwn(metrics, id) && metrics[id]!.stages.includes('conversion');
    if (channels.some((c) => converting.has(c.id) && c.kpis?.some((kpi) => kpi && measuresConversion(kpi.metric)))) return;
    const ids = channels.filter((c) => converting.has(c.id)).map((c) => c.id);
    const named = ids.length ? { messageId: ids.length > 3 ? 'convertingMore' : 'converting', data: { channels: { list: ids.slice(0, 3), join: 'and' as const, quoted: true } } } : '';
    if (metric) report({ messageId: 'noLink', data: { metric, channels: named }, path: ['goal', 'metric'] });
    else report({ messageId: 'noLinkNoMetric', data: { channels: named }, path: ['goal'], target: 'key' });
  },
});
