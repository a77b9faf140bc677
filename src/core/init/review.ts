import type { Answers } from './answers.js';
import { KINDS } from './kinds.js';
import { t, type MessageKey } from './messages.js';
import { describePlace, metricWords } from './natural.js';
import { showKpis } from './questions.js';

export interface Finding {
  severity: 'error' | 'warning' | 'info';
  message: string;
  ruleId: string;
}

const money = (n: number | undefined, currency: string | undefined) => (n === undefined ? undefined : `${n} ${currency ?? ''}`.trim());

/** The whole strategy on one screen, with the ids mcm derived, and what lint says about it. */
export function summarize(answers: Answers, findings: readonly Finding[]): string {
  const lines: string[] = [''];
  const row = (label: string, value: string | undefined) => value && lines.push(`  ${label.padEnd(10)}${value}`);
  const kind = answers.business?.kind;
  row('Business', [kind ? t(`kind.${kind}` as MessageKey) : undefined, answers.business?.place ? describePlace(answers.business.place) : undefined].filter(Boolean).join(' · '));
  row('Strategy', `${answers.name} (${answers.approach})`);
  const g = answers.goal;
  row('Goal', `${g.statement}: ${metricWords(g.metric)} [${g.metric}] ${g.target}${g.baseline !== undefined ? ` from ${g.baseline}` : ''} by ${g.deadline}`);
  if (answers.period) row('Period', `${answers.period.start} to ${answers.period.end}`);
  row('USP', answers.usp);
  row('Voice', answers.brand.voice.join(', '));
  if (answers.budget) row('Budget', money(answers.budget.total, answers.budget.currency));
  for (const p of answers.personas) {
    const age = p.age ? ` ${p.age.min ?? ''}${p.age.max === undefined ? '+' : p.age.min === undefined ? `under ${p.age.max}` : `-${p.age.max}`}` : '';
    row('Persona', `${p.name} [${p.id}] ${p.segment}${age}${p.preferred_channels.length ? `, uses ${p.preferred_channels.join(', ')}` : ''}`);
  }
  for (const c of answers.channels) {
    row('Channel', `${c.name} [${c.id}] ${c.type}, ${c.content.format}, for ${c.personas.join(', ')}`);
    row('', `stages: ${(c.stages ?? []).join(', ')}`);
    row('', `message: ${c.content.message}${c.content.cta ? ` → ${c.content.cta}` : ''}`);
    row('', `KPIs: ${showKpis(c.kpis)}`);
    const when = c.schedule?.map((f) => `${f.start} to ${f.end}`).join(', ');
    row('', [when ? `runs ${when}` : undefined, c.budget !== undefined ? `budget ${money(c.budget, answers.budget?.currency)}` : undefined].filter(Boolean).join('; '));
  }
  lines.push('');
  if (!findings.length) lines.push(`  ${t('review.clean')}`);
  else {
    lines.push(`  ${t('review.findings')}`);
    for (const f of findings) lines.push(`    ${f.severity.padEnd(8)}${f.message} (${f.ruleId})`);
  }
  lines.push('');
  return lines.join('\n');
}

export { KINDS };
