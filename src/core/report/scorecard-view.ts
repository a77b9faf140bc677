import { formatDate, formatPercent } from '../i18n/format.js';
import { metricValue } from '../brief/kpi.js';
import type { BriefContext, ChannelRef } from '../brief/model.js';
import { metricName } from '../results/labels.js';
import { ENGLISH_REPORT, type ReportTranslator } from './messages.js';
import { type KpiStatus, type Scorecard } from './scorecard.js';

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
  asOf: string | null;
  /** "April 15, 2027", or "no results yet". */
  asOfText: string;
  rows: ScorecardRow[];
  goal: { label: string; targetText: string; actualText: string; status: KpiStatus; statusLabel: string } | null;
  /** Each status with its KPIs, worst first: "2 Off track". */
  counts: { status: KpiStatus; label: string; count: number; text: string }[];
  problems: { where: string; message: string }[];
}

const ORDER: KpiStatus[] = ['off-track', 'at-risk', 'on-track', 'met', 'no-data'];

export function scorecardView(card: Scorecard, context: BriefContext, translator: ReportTranslator = ENGLISH_REPORT): ScorecardView {
  const { currency } = context;
  const { t, locale } = translator;
  const value = (metric: string, n: number | null) => (n === null || !Number.isFinite(n) ? '—' : localValue(metric, n, currency, locale));
  const label = (status: KpiStatus) => t(`status.${status}`);
  const rows = card.kpis.map((kpi): ScorecardRow => {
    const channel = context.channelRef(kpi.channel, 'root');
    const pace = kpi.expected !== null && kpi.target ? kpi.expected / kpi.target : null;
    return {
      channel,
      channelTitle: channel?.title ?? kpi.channel,
      metric: kpi.metric,
      label: metricName(kpi.metric, context.catalog, true),
      targetText: value(kpi.metric, kpi.target),
      baselineText: value(kpi.metric, kpi.baseline),
      actualText: value(kpi.metric, kpi.actual),
      expectedText: value(kpi.metric, kpi.expected),
      progress: kpi.progress,
      progressText: kpi.progress === null ? '—' : formatPercent(kpi.progress, locale),
      pace,
      status: kpi.status,
      statusLabel: label(kpi.status),
    };
  });
  const goal = card.goal;
  return {
    asOf: card.asOf,
    asOfText: card.asOf === null ? t('scorecard.noResults') : formatDate(card.asOf, locale),
    rows,
    goal: goal ? {
      label: metricName(goal.metric, context.catalog, true),
      targetText: value(goal.metric, goal.target),
      actualText: value(goal.metric, goal.actual),
      status: goal.status,
      statusLabel: label(goal.status),
    } : null,
    counts: ORDER.map((status) => ({ status, label: label(status), count: rows.filter((r) => r.status === status).length }))
      .filter((c) => c.count > 0)
      .map((c) => ({ ...c, text: t(`count.${c.status}`, { count: c.count }) })),
    problems: card.problems.map((p) => ({ where: t('scorecard.where', { file: p.file, row: String(p.row), column: String(p.column) }), message: p.message })),
  };
}

/** A figure of a metric as the briefs write it, in the report's language. */
function localValue(metric: string, n: number, currency: string | null, locale: string): string {
  return metricValue(metric, n, currency, locale);
}
