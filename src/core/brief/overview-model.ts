import type { Stage } from '../strategy/types.js';
import { formatMoney, formatPercent } from './format.js';
import type { BriefKey } from './messages.js';
import { kpiView } from './kpi.js';
import { objectiveOf, shorten, stageRef, type BriefContext, type ChannelRef, type FindingView, type KpiView, type PersonaRef, type StageRef } from './model.js';
import { personaFacts, type PersonaFacts } from './persona-facts.js';
import { timelineView, type TimelineView } from './schedule-model.js';

export interface OverviewModel {
  file: string;
  name: string;
  goal: {
    statement: string;
    /** The goal's metric, baseline and target; null when the goal names no metric. */
    measure: KpiView | null;
    /** ISO date; format it with the date helper. */
    deadline: string | null;
  };
  usp: string;
  /** `strategy`: "Multichannel strategy", as the summary line opens. */
  approach: { id: string; label: string; description: string; strategy: string };
  voice: string[];
  coreMessage: string | null;
  stack: { label: string; value: string }[];
  personas: (PersonaRef & PersonaFacts)[];
  stages: StageView[];
  channels: { channel: ChannelRef; marks: string[]; kpis: KpiView[] }[];
  budget: BudgetView | null;
  /** The flights of every channel as a Gantt chart; null when no channel has a schedule. */
  timeline: TimelineView | null;
  findings: FindingView[];
  warningCount: number;
  infoCount: number;
}

export interface StageView extends StageRef {
  objective: string | null;
  channels: ChannelRef[];
  /** The lines of the stage's box in the Mermaid funnel: its channels, or one saying it has none. */
  diagramLines: string[];
}

export interface BudgetView {
  currency: string | null;
  totalText: string | null;
  allocatedText: string;
  /** What the shares are shares of. */
  basisText: string;
  rows: { channel: ChannelRef; amountText: string; shareText: string }[];
  unallocated: { amountText: string; shareText: string } | null;
  /** Slices of the pie chart: channels with a budget, and what is not allocated yet. */
  pie: { label: string; amount: number }[];
}

const APPROACHES = ['multichannel', 'cross-channel', 'omnichannel'] as const;

function approachView({ t }: BriefContext, approach: string): OverviewModel['approach'] {
  if (!(APPROACHES as readonly string[]).includes(approach)) {
    return { id: approach, label: approach, description: '', strategy: t.t('approach.other.strategy', { approach }) };
  }
  const key = (suffix: string) => `approach.${approach}${suffix}` as BriefKey;
  return { id: approach, label: t.t(key('')), description: t.t(key('.description')), strategy: t.t(key('.strategy')) };
}

const STACK_LABELS = { crm: 'stack.crm', analytics: 'stack.analytics', automation: 'stack.automation' } as const;

export function overviewModel(context: BriefContext): OverviewModel {
  const { strategy, currency, t } = context;
  const goal = strategy.goal;
  const approach = strategy.approach ?? 'multichannel';
  const refs = context.channels.map((c) => context.channelRef(c.id, 'root')!);
  const stack = strategy.stack;
  return {
    file: context.file,
    name: strategy.name ?? '',
    goal: {
      statement: goal?.statement ?? '',
      measure: goal?.metric ? kpiView({ metric: goal.metric, target: goal.target, baseline: goal.baseline }, currency, context) : null,
      deadline: goal?.deadline ?? null,
    },
    usp: strategy.usp ?? '',
    approach: approachView(context, approach),
    voice: strategy.brand?.voice?.filter((v) => typeof v === 'string') ?? [],
    coreMessage: strategy.brand?.core_message ?? null,
    stack: [
      ...(['crm', 'analytics', 'automation'] as const).filter((k) => stack?.[k]).map((k) => ({ label: t.t(STACK_LABELS[k]), value: stack![k]! })),
      ...(stack?.other?.length ? [{ label: t.t('stack.other'), value: stack.other.filter(Boolean).join(', ') }] : []),
    ],
    personas: context.personas.map((p) => ({ ...context.personaRef(p.id, 'root')!, ...personaFacts(p, context) })),
    stages: context.stages.map((stage) => stageView(context, stage)),
    channels: context.channels.map((c, i) => ({
      channel: refs[i]!,
      marks: context.stages.map((s) => (context.stagesOf(c.id).includes(s) ? '✓' : '—')),
      kpis: (c.kpis ?? []).filter(Boolean).map((k) => kpiView(k, currency, context)),
    })),
    budget: budgetView(context, refs),
    timeline: timelineView(context),
    findings: context.findings,
    warningCount: context.findings.filter((f) => f.severity === 'warning').length,
    infoCount: context.findings.filter((f) => f.severity === 'info').length,
  };
}

function stageView(context: BriefContext, stage: Stage): StageView {
  const channels = context.channels.filter((c) => context.stagesOf(c.id).includes(stage)).map((c) => context.channelRef(c.id, 'root')!);
  return {
    ...stageRef(context, stage),
    objective: objectiveOf(context, stage),
    channels,
    diagramLines: channels.length ? channels.map((c) => shorten(c.title)) : [context.t.t('overview.noChannelYet')],
  };
}

function budgetView(context: BriefContext, refs: ChannelRef[]): BudgetView | null {
  const { currency, t, locale } = context;
  const money = (amount: number) => formatMoney(amount, currency, { locale });
  const total = typeof context.strategy.budget?.total === 'number' ? context.strategy.budget.total : null;
  const amounts = context.channels.map((c) => (typeof c.budget === 'number' ? c.budget : null));
  if (total === null && amounts.every((a) => a === null)) return null;
  const allocated = amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0);
  const basis = total ?? allocated;
  const share = (amount: number) => (basis > 0 ? formatPercent(amount / basis, locale) : '—');
  const left = total !== null && total > allocated ? total - allocated : 0;
  return {
    currency,
    totalText: total === null ? null : money(total),
    allocatedText: money(allocated),
    basisText: total === null ? t.t('budget.basisChannels') : t.t('budget.basisTotal', { total: money(total) }),
    rows: refs.map((channel, i) => {
      const amount = amounts[i] ?? null;
      return { channel, amountText: amount === null ? t.t('budget.notSet') : money(amount), shareText: amount === null ? '—' : share(amount) };
    }),
    unallocated: left > 0 ? { amountText: money(left), shareText: share(left) } : null,
    pie: [
      ...refs.flatMap((channel, i) => (amounts[i]! > 0 ? [{ label: shorten(channel.title), amount: amounts[i]! }] : [])),
      ...(left > 0 ? [{ label: t.t('budget.unallocated'), amount: left }] : []),
    ],
  };
}
