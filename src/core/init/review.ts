import type { Answers } from './answers.js';
import { KINDS } from './kinds.js';
import { t, type MessageKey } from './messages.js';
import { describePlace, metricWords } from './natural.js';
import { dayShown, numberShown, stageName } from './words.js';
import { showKpis } from './questions.js';

export interface Finding {
  severity: 'error' | 'warning' | 'info';
  message: string;
  ruleId: string;
}

const money = (n: number | undefined, currency: string | undefined) => (n === undefined ? undefined : `${numberShown(n)} ${currency ?? ''}`.trim());

/** The whole strategy on one screen, with the ids mcm derived, and what lint says about it. */
export function summarize(answers: Answers, findings: readonly Finding[]): string {
  const lines: string[] = [''];
  const labels = { business: t('sum.business'), strategy: t('sum.strategy'), goal: t('sum.goal'), period: t('sum.period'), usp: t('sum.usp'), voice: t('sum.voice'), budget: t('sum.budget'), persona: t('sum.persona'), channel: t('sum.channel') };
  // The labels' column: two spaces wider than the longest label.
  const width = Math.max(...Object.values(labels).map((l) => l.length)) + 2;
  const row = (label: string, value: string | undefined) => value && lines.push(`  ${label.padEnd(width)}${value}`);
  const kind = answers.business?.kind;
  row(labels.business, [kind ? t(`kind.${kind}` as MessageKey) : undefined, answers.business?.place ? describePlace(answers.business.place) : undefined].filter(Boolean).join(' · '));
  row(labels.strategy, `${answers.name} (${t(`approach.name.${answers.approach}`)})`);
  const g = answers.goal;
  row(labels.goal, t('sum.goal.line', { statement: g.statement, words: metricWords(g.metric), metric: g.metric, target: numberShown(g.target), from: g.baseline !== undefined ? t('sum.from', { baseline: numberShown(g.baseline) }) : '', deadline: dayShown(g.deadline) }));
  const range = (f: { start: string; end: string }) => t('range', { start: dayShown(f.start), end: dayShown(f.end) });
  if (answers.period) row(labels.period, range(answers.period));
  row(labels.usp, answers.usp);
  row(labels.voice, answers.brand.voice.join(', '));
  if (answers.budget) row(labels.budget, money(answers.budget.total, answers.budget.currency));
  for (const p of answers.personas) {
    const age = p.age ? ` ${p.age.min ?? ''}${p.age.max === undefined ? '+' : p.age.min === undefined ? t('age.under', { max: p.age.max }) : `-${p.age.max}`}` : '';
    row(labels.persona, `${p.name} [${p.id}] ${p.segment}${age}${p.preferred_channels.length ? t('sum.uses', { channels: p.preferred_channels.join(', ') }) : ''}`);
  }
  for (const c of answers.channels) {
    row(labels.channel, t('sum.channel.line', { name: c.name, id: c.id, type: c.type, format: c.content.format, personas: c.personas.join(', ') }));
    row('', t('sum.stages', { stages: (c.stages ?? []).map(stageName).join(', ') }));
    row('', `${t('sum.message', { message: c.content.message })}${c.content.cta ? ` → ${c.content.cta}` : ''}`);
    row('', t('sum.kpis', { kpis: showKpis(c.kpis) }));
    const when = c.schedule?.map(range).join(', ');
    row('', [when ? t('sum.runs', { when }) : undefined, c.budget !== undefined ? t('sum.channel.budget', { amount: money(c.budget, answers.budget?.currency) }) : undefined].filter(Boolean).join('; '));
  }
  lines.push('');
  if (!findings.length) lines.push(`  ${t('review.clean')}`);
  else {
    lines.push(`  ${t('review.findings')}`);
    const severity = (f: Finding) => t(`severity.${f.severity}`);
    const column = Math.max(8, ...findings.map((f) => severity(f).length + 1));
    for (const f of findings) lines.push(`    ${severity(f).padEnd(column)}${f.message} (${f.ruleId})`);
  }
  lines.push('');
  return lines.join('\n');
}

export { KINDS };
