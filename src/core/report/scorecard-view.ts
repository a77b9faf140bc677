import { formatDate, formatPercent } from '../brief/format.js';
import { metricLabel, metricValue } from '../brief/kpi.js';
import type { BriefContext, ChannelRef } from '../brief/model.js';
import { STATUS_LABELS, type KpiStatus, type Scorecard } from './scorecard.js';

export interface ScorecardRow {
  channel: ChannelRef | null;
  /** The channel's title, or its id when the strategy no longer has it. */
  channelTitle: string;
  metric: string;
  label: string;
  targetText: string;
  baselineText: string;
  actualText: string;
  expectedText: string;
  progress: number | null;
  progressText: string;
  /** expected ÷ target: where the pacing says the bar should be by now. */
  pace: number | null;
  status: KpiStatus;
  statusLabel: string;
}

export interface ScorecardView {
  asOf: string;
  asOfText: string;
  rows: ScorecardRow[];
  goal: { label: string; targetText: string; actualText: string; status: KpiStatus; statusLabel: string } | null;
  counts: { status: KpiStatus; label: string; count: number }[];
  problems: { where: string; message: string }[];
}

const ORDER: KpiStatus[] = ['off-track', 'at-risk', 'on-track', 'met', 'no-data'];

export function scorecardView(card: Scorecard, context: BriefContext): ScorecardView {
  const { currency } = context;
  const value = (metric: string, n: number | null) => (n === null || !Number.isFinite(n) ? '—' : metricValue(metric, n, currency));
  const rows = card.kpis.map((kpi): ScorecardRow => {
    const channel = context.channelRef(kpi.channel, 'root');
    const pace = kpi.expected !== null && kpi.target ? kpi.expected / kpi.target : null;
    return {
      channel,
      channelTitle: channel?.title ?? kpi.channel,
      metric: kpi.metric,
      label: metricLabel(kpi.metric),
      targetText: value(kpi.metric, kpi.target),
      baselineText: value(kpi.metric, kpi.baseline),
      actualText: value(kpi.metric, kpi.actual),
      expectedText: value(kpi.metric, kpi.expected),
      progress: kpi.progress,
      progressText: kpi.progress === null ? '—' : formatPercent(kpi.progress),
      pace,
      status: kpi.status,
      statusLabel: STATUS_LABELS[kpi.status] ?? kpi.status,
    };
  });
  const goal = card.goal;
  return {
    asOf: card.asOf,
    asOfText: formatDate(card.asOf),
    rows,
    goal: goal ? {
      label: metricLabel(goal.metric),
      targetText: value(goal.metric, goal.target),
      actualText: value(goal.metric, goal.actual),
      status: goal.status,
      statusLabel: STATUS_LABELS[goal.status] ?? goal.status,
    } : null,
    counts: ORDER.map((status) => ({ status, label: STATUS_LABELS[status], count: rows.filter((r) => r.status === status).length })).filter((c) => c.count > 0),
    problems: card.problems.map((p) => ({ where: `${p.file}, row ${p.row}, column ${p.column}`, message: p.message })),
  };
}
