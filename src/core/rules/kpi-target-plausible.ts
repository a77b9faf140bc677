import { metrics, type MetricFacts } from '../catalog/index.js';
import { defineRule, type MessagePart, type MessageTerm, type Report } from '../lint/define-rule.js';
import type { Kpi, Path } from '../strategy/types.js';

type MessageId = 'percentNotFraction' | 'negativeRatio' | 'partAboveWhole' | 'baselinePastTarget' | 'deadlinePast' | 'goalMetric' | 'channelMetric' | 'anyFraction' | 'suggestFraction';

export default defineRule<MessageId>({
  id: 'kpi-target-plausible',
  description: 'Targets and baselines are numbers that can happen: rates between 0 and 1, a part no larger than its whole, a target not already reached, a deadline still ahead.',
  severity: { recommended: 'warning', strict: 'warning' },
  // "5" for 5 %: the fraction is offered, never written on its own (it could also be a typo of 0.5).
  fixable: 'suggestion',
  messages: {
    percentNotFraction: 'The {{field}} of {{where}} is {{value}}, but {{label}} is written as a fraction (0.02 = 2 %): did you mean {{fraction}}?',
    negativeRatio: 'The {{field}} of {{where}} is {{value}}, but {{label}} cannot be below 0: write it as a fraction between 0 and 1 (0.02 = 2 %).',
    partAboveWhole: 'Channel "{{channel}}" aims at {{part}} {{partLabel}} but only {{whole}} {{wholeLabel}}: {{partLabel}} are part of the {{wholeLabel}}, so they cannot be more; raise the {{wholeMetric}} target or lower this one.',
    baselinePastTarget: 'The baseline of {{where}} is {{baseline}}, already better than the target of {{target}} ({{direction}} is better for {{label}}): set a target beyond where you are, or check the two numbers.',
    deadlinePast: 'The goal\'s deadline {{deadline}} has already passed (today is {{today}}): set the date this strategy aims at now.',
    goalMetric: 'the goal\'s "{{metric}}"',
    channelMetric: '"{{metric}}" on channel "{{channel}}"',
    anyFraction: 'a fraction between 0 and 1',
    suggestFraction: 'Write {{fraction}} ({{percent}} %)',
  },
  check({ strategy, report, today }) {
    const goal = strategy.goal;
    if (goal) {
      const facts = catalogMetric(goal.metric);
      const where: MessagePart = { messageId: 'goalMetric', data: { metric: String(goal.metric) } };
      if (facts) {
        const metric = String(goal.metric);
        checkRatio(facts, metric, where, 'target', goal.target, ['goal', 'target'], report);
        checkRatio(facts, metric, where, 'baseline', goal.baseline, ['goal', 'baseline'], report);
        checkBaseline(facts, metric, where, goal.target, goal.baseline, ['goal', 'baseline'], report);
      }
      if (today && typeof goal.deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(goal.deadline) && goal.deadline < today) {
        report({ messageId: 'deadlinePast', data: { deadline: goal.deadline, today }, path: ['goal', 'deadline'] });
      }
    }
    strategy.channels.forEach((channel, i) => {
      if (!channel.kpis) return;
      const targets = new Map<string, number>();
      channel.kpis.forEach((kpi) => {
        if (typeof kpi.target === 'number' && !targets.has(kpi.metric)) targets.set(kpi.metric, kpi.target);
      });
      channel.kpis.forEach((kpi: Kpi, k) => {
        const facts = catalogMetric(kpi.metric);
        if (!facts) return;
        const at = (field: string): Path => ['channels', i, 'kpis', k, field];
        const where: MessagePart = { messageId: 'channelMetric', data: { metric: kpi.metric, channel: channel.id } };
        checkRatio(facts, kpi.metric, where, 'target', kpi.target, at('target'), report);
        checkRatio(facts, kpi.metric, where, 'baseline', kpi.baseline, at('baseline'), report);
        checkBaseline(facts, kpi.metric, where, kpi.target, kpi.baseline, at('baseline'), report);
        // The nearest larger count the channel also aims at: conversions ≤ clicks ≤ impressions.
        if (facts.unit !== 'count' || typeof kpi.target !== 'number') return;
        for (let whole = facts.partOf; whole; whole = metrics[whole]?.partOf) {
          const wholeTarget = targets.get(whole);
          if (wholeTarget === undefined) continue;
          if (kpi.target > wholeTarget) {
            const data = { channel: channel.id, part: format(kpi.target), partLabel: label(kpi.metric, facts), whole: format(wholeTarget), wholeLabel: label(whole, metrics[whole]!), wholeMetric: `"${whole}"` };
            report({ messageId: 'partAboveWhole', data, path: at('target') });
          }
          break;
        }
      });
    });
  },
});

/** A metric's name from the catalog, lowercased in the sentence ("click-through rate"), in the message's language. */
function label(id: string, facts: MetricFacts): MessageTerm {
  return { term: `metric.${id}`, text: facts.label.toLowerCase(), lower: true };
}

function catalogMetric(id: unknown): MetricFacts | undefined {
  return typeof id === 'string' && Object.hasOwn(metrics, id) ? metrics[id] : undefined;
}

function checkRatio(facts: MetricFacts, metric: string, where: MessagePart, field: 'target' | 'baseline', value: unknown, path: Path, report: (r: Report<MessageId>) => void): void {
  // A fraction between 0 and 1 (nearly every rate) is fine: the message's words are put together only for one that is not.
  if (facts.unit !== 'ratio' || typeof value !== 'number' || (value >= 0 && value <= 1)) return;
  const data = { field, where, value: format(value), label: label(metric, facts) };
  if (value < 0) report({ messageId: 'negativeRatio', data, path });
  else if (value > 1 && value <= 100) {
    const fraction = format(value / 100);
    report({ messageId: 'percentNotFraction', data: { ...data, fraction }, path, suggest: [{ value: Number(fraction), desc: { messageId: 'suggestFraction', data: { fraction, percent: format(value) } } }] });
  } else if (value > 100) report({ messageId: 'percentNotFraction', data: { ...data, fraction: { messageId: 'anyFraction' } }, path });
}

function checkBaseline(facts: MetricFacts, metric: string, where: MessagePart, target: unknown, baseline: unknown, path: Path, report: (r: Report<MessageId>) => void): void {
  if (typeof target !== 'number' || typeof baseline !== 'number' || facts.direction === 'either') return;
  const past = facts.direction === 'higher' ? baseline > target : baseline < target;
  if (past) report({ messageId: 'baselinePastTarget', data: { where, baseline: format(baseline), target: format(target), direction: facts.direction, label: label(metric, facts) }, path });
}

/** A number as people write it: no floating-point noise (0.35 / 100 is 0.0035, not 0.0034999999999999996). */
function format(value: number): string {
  return String(Number(value.toPrecision(12)));
}
