import type { LintStrategy } from '../lint/define-rule.js';
import type { Channel, Kpi } from '../strategy/types.js';
import { dayOf, daysPassed, isoOf, mergeSpans, type DaySpan } from './dates.js';
import { traitsOf, type MetricTraits } from './metric.js';
import { SPEND, type ResultProblem, type ResultRow } from './parse.js';

export type Status = 'met' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/** Worst last: --fail-on at-risk fails on at-risk and off-track. */
export const STATUS_ORDER: readonly Status[] = ['met', 'on-track', 'no-data', 'at-risk', 'off-track'];

export interface KpiScore {
  channel: string;
  metric: string;
  label: string;
  kind: 'flow' | 'level';
  direction: 'higher' | 'lower';
  target: number;
  baseline: number | null;
  /** The sum of the rows up to the as-of date (flow) or the latest row's value (level); null without rows. */
  actual: number | null;
  /** The share of the target due by the as-of date (flow); null for level metrics. */
  expected: number | null;
  /** actual against target (flow, and level where higher is better); target against actual where lower is better. */
  progress: number | null;
  status: Status;
  /** The date of the latest row counted. */
  latest: string | null;
  rows: number;
  /** The channel's live days passed by the as-of date and in all (flow metrics). */
  days: { passed: number; total: number } | null;
}

export interface GoalScore {
  metric: string;
  target: number;
  actual: number | null;
  expected: number | null;
  progress: number | null;
  status: Status;
  /** The channels whose KPIs measure the goal's metric. */
  channels: string[];
}

export interface BudgetScore {
  currency: string | null;
  /** The spend rows up to the as-of date. */
  spent: number;
  /** What the flights planned to spend by the as-of date: each flight's budget in proportion to its days passed. */
  planned: number | null;
  /** The budget of the flights in all, or of the channels without flights. */
  total: number | null;
  channels: { channel: string; spent: number; planned: number | null; total: number | null }[];
}

export interface Scorecard {
  asOf: string | null;
  period: { start: string; end: string } | null;
  kpis: KpiScore[];
  goal: GoalScore | null;
  budget: BudgetScore | null;
  problems: ResultProblem[];
}

export interface ScorecardOptions {
  /** ISO date; default: the latest date in the rows. */
  asOf?: string;
  problems?: ResultProblem[];
}

/** Numbers in the scorecard are rounded to 12 significant digits, so that 0.1 + 0.2 shows as 0.3. */
const tidy = (n: number) => +n.toPrecision(12);
const tidyOrNull = (n: number | null) => (n === null ? null : tidy(n));

/** Sums in a fixed order, so that the same rows in any order give the very same total. */
function sum(values: number[]): number {
  return [...values].sort((a, b) => a - b).reduce((total, v) => total + v, 0);
}

/**
 * The scorecard of SPEC §6: for each channel KPI with a target, its actual up to the as-of date, the amount
 * expected by then, its progress and its status; the goal's own progress; the budget spent. Pure.
 */
export function buildScorecard(strategy: Pick<LintStrategy, 'channels' | 'period' | 'goal' | 'budget'>, rows: readonly ResultRow[], options: ScorecardOptions = {}): Scorecard {
  const asOf = options.asOf ?? (rows.length ? rows.reduce((latest, r) => (r.date > latest ? r.date : latest), rows[0]!.date) : null);
  const asOfDay = asOf === null ? undefined : dayOf(asOf);
  const counted = asOf === null ? [] : rows.filter((r) => r.date <= asOf);
  const byKey = new Map<string, ResultRow[]>();
  for (const row of counted) {
    const key = `${row.channel}\0${row.metric}`;
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }

  const periodSpan = spanOf(strategy.period?.start, strategy.period?.end);
  const deadline = strategy.goal?.deadline === undefined ? undefined : dayOf(String(strategy.goal.deadline));
  const channels = strategy.channels.filter(Boolean);
  const kpis: KpiScore[] = [];
  for (const channel of channels) {
    const seen = new Set<string>();
    (channel.kpis ?? []).forEach((kpi) => {
      if (!kpi || typeof kpi.target !== 'number' || seen.has(kpi.metric)) return;
      seen.add(kpi.metric);
      const found = byKey.get(`${channel.id}\0${kpi.metric}`) ?? [];
      kpis.push(scoreKpi(channel, kpi, found, asOfDay, liveSpans(channel, periodSpan, found, deadline)));
    });
  }

  return {
    asOf,
    period: periodSpan ? { start: isoOf(periodSpan.start), end: isoOf(periodSpan.end) } : null,
    kpis,
    goal: scoreGoal(strategy, kpis, byKey, asOfDay, periodSpan, deadline),
    budget: scoreBudget(strategy, channels, counted, asOfDay, periodSpan),
    problems: options.problems ?? [],
  };
}

function spanOf(start: unknown, end: unknown): DaySpan | undefined {
  const s = typeof start === 'string' ? dayOf(start) : undefined;
  const e = typeof end === 'string' ? dayOf(end) : undefined;
  return s !== undefined && e !== undefined && s <= e ? { start: s, end: e } : undefined;
}

/** The channel's live days: its flights, else the strategy period, else from its first result to the goal's deadline. */
function liveSpans(channel: Channel, period: DaySpan | undefined, rows: ResultRow[], deadline: number | undefined): DaySpan[] | undefined {
  const flights = (channel.schedule ?? []).flatMap((f) => {
    const span = f ? spanOf(f.start, f.end) : undefined;
    return span ? [span] : [];
  });
  if (flights.length) return mergeSpans(flights);
  if (period) return [period];
  if (deadline !== undefined && rows.length) {
    const first = Math.min(...rows.map((r) => dayOf(r.date)!));
    if (first <= deadline) return [{ start: first, end: deadline }];
  }
  return undefined;
}

/** higher or lower; a metric written either way (a rank) reads its direction from the baseline, else higher. */
function directionOf(traits: MetricTraits, target: number, baseline: number | undefined): 'higher' | 'lower' {
  if (traits.direction !== 'either') return traits.direction;
  return typeof baseline === 'number' && target < baseline ? 'lower' : 'higher';
}

function aggregate(kind: 'flow' | 'level', rows: ResultRow[]): number | null {
  if (!rows.length) return null;
  if (kind === 'flow') return sum(rows.map((r) => r.value));
  // The latest date's value; several rows of that date (two files) give their mean, whatever their order.
  const latest = rows.reduce((d, r) => (r.date > d ? r.date : d), rows[0]!.date);
  const values = rows.filter((r) => r.date === latest).map((r) => r.value);
  return sum(values) / values.length;
}

/**
 * A flow's status from its actual and the amount expected by now. Higher is better: met once actual ≥ target,
 * on track at ≥ 90 % of expected, at risk from 70 %, off track below. Lower is better (spend, unsubscribes: a
 * ceiling): off track once past the target, met when the live days are over within it, and otherwise the same
 * bands read the other way: on track while actual ≤ expected / 0.9, at risk up to expected / 0.7.
 */
export function flowStatus(direction: 'higher' | 'lower', actual: number, expected: number, target: number, share: number): Status {
  if (direction === 'higher') {
    if (actual >= target) return 'met';
    if (actual >= 0.9 * expected) return 'on-track';
    return actual >= 0.7 * expected ? 'at-risk' : 'off-track';
  }
  if (actual > target) return 'off-track';
  if (share >= 1) return 'met';
  if (0.9 * actual <= expected) return 'on-track';
  return 0.7 * actual <= expected ? 'at-risk' : 'off-track';
}

/** A level's status: met at or better than the target, at risk within 10 % of it (relative), otherwise off track. */
export function levelStatus(direction: 'higher' | 'lower', actual: number, target: number): Status {
  if (direction === 'higher') {
    if (actual >= target) return 'met';
    return actual >= target - 0.1 * Math.abs(target) ? 'at-risk' : 'off-track';
  }
  if (actual <= target) return 'met';
  return actual <= target + 0.1 * Math.abs(target) ? 'at-risk' : 'off-track';
}

function progressOf(kind: 'flow' | 'level', direction: 'higher' | 'lower', actual: number, target: number): number | null {
  if (kind === 'level' && direction === 'lower') return actual > 0 ? target / actual : 1;
  return target !== 0 ? actual / target : actual >= 0 ? 1 : 0;
}

function scoreKpi(channel: Channel, kpi: Kpi, rows: ResultRow[], asOf: number | undefined, spans: DaySpan[] | undefined): KpiScore {
  const traits = traitsOf(kpi);
  const target = kpi.target!;
  const direction = directionOf(traits, target, kpi.baseline);
  const actual = aggregate(traits.kind, rows);
  const days = traits.kind === 'flow' && spans && asOf !== undefined ? daysPassed(spans, asOf) : null;
  // Without any dates to pace against, the whole target is due.
  const share = traits.kind === 'flow' ? (days && days.total > 0 ? days.passed / days.total : 1) : 1;
  const expected = traits.kind === 'flow' ? target * share : null;
  let status: Status = 'no-data';
  if (actual !== null) {
    status = traits.kind === 'flow' ? flowStatus(direction, actual, expected!, target, share) : levelStatus(direction, actual, target);
  }
  return {
    channel: channel.id,
    metric: kpi.metric,
    label: traits.label,
    kind: traits.kind,
    direction,
    target,
    baseline: typeof kpi.baseline === 'number' ? kpi.baseline : null,
    actual: tidyOrNull(actual),
    expected: tidyOrNull(expected),
    progress: actual === null ? null : tidyOrNull(progressOf(traits.kind, direction, actual, target)),
    status,
    latest: rows.length ? rows.reduce((d, r) => (r.date > d ? r.date : d), rows[0]!.date) : null,
    rows: rows.length,
    days,
  };
}

/**
 * The goal's progress, when channel KPIs measure its metric: a flow adds up over those channels and is paced over
 * the strategy period (or from the first result) up to the deadline; a level is the latest value any of them reports.
 */
function scoreGoal(
  strategy: Pick<LintStrategy, 'goal'>, kpis: KpiScore[], byKey: Map<string, ResultRow[]>, asOf: number | undefined,
  period: DaySpan | undefined, deadline: number | undefined,
): GoalScore | null {
  const goal = strategy.goal;
  if (!goal?.metric || typeof goal.target !== 'number') return null;
  const measuring = kpis.filter((k) => k.metric === goal.metric);
  if (!measuring.length) return null;
  const rows = measuring.flatMap((k) => byKey.get(`${k.channel}\0${k.metric}`) ?? []);
  const traits = traitsOf({ metric: goal.metric, aggregate: measuring[0]!.kind === 'level' ? 'last' : 'sum' });
  const kind = measuring[0]!.kind;
  const direction = directionOf(traits, goal.target, goal.baseline);
  const actual = aggregate(kind, rows);
  let expected: number | null = null;
  let share = 1;
  if (kind === 'flow') {
    const start = period?.start ?? (rows.length ? Math.min(...rows.map((r) => dayOf(r.date)!)) : undefined);
    const end = deadline ?? period?.end;
    if (start !== undefined && end !== undefined && start <= end && asOf !== undefined) {
      const { passed, total } = daysPassed([{ start, end }], asOf);
      share = passed / total;
    }
    expected = goal.target * share;
  }
  const status: Status = actual === null ? 'no-data'
    : kind === 'flow' ? flowStatus(direction, actual, expected!, goal.target, share) : levelStatus(direction, actual, goal.target);
  return {
    metric: goal.metric,
    target: goal.target,
    actual: tidyOrNull(actual),
    expected: tidyOrNull(expected),
    progress: actual === null ? null : tidyOrNull(progressOf(kind, direction, actual, goal.target)),
    status,
    channels: measuring.map((k) => k.channel),
  };
}

/** Spend against plan, when the results carry spend rows. */
function scoreBudget(
  strategy: Pick<LintStrategy, 'budget'>, channels: Channel[], rows: ResultRow[], asOf: number | undefined, period: DaySpan | undefined,
): BudgetScore | null {
  const spendRows = rows.filter((r) => r.metric === SPEND);
  if (!spendRows.length || asOf === undefined) return null;
  const perChannel = channels.flatMap((channel) => {
    const own = spendRows.filter((r) => r.channel === channel.id);
    if (!own.length) return [];
    let planned: number | null = null;
    let total: number | null = null;
    const flights = (channel.schedule ?? []).filter((f) => f && typeof f.budget === 'number');
    if (flights.length) {
      planned = 0;
      total = 0;
      for (const flight of flights) {
        const span = spanOf(flight.start, flight.end);
        if (!span) continue;
        const { passed, total: days } = daysPassed([span], asOf);
        planned += flight.budget! * (passed / days);
        total += flight.budget!;
      }
    } else if (typeof channel.budget === 'number') {
      const flightSpans = (channel.schedule ?? []).flatMap((f) => {
        const span = f ? spanOf(f.start, f.end) : undefined;
        return span ? [span] : [];
      });
      const spans = flightSpans.length ? mergeSpans(flightSpans) : period ? [period] : undefined;
      total = channel.budget;
      if (spans) {
        const { passed, total: days } = daysPassed(spans, asOf);
        planned = channel.budget * (passed / days);
      }
    }
    return [{ channel: channel.id, spent: tidy(sum(own.map((r) => r.value))), planned: tidyOrNull(planned), total: tidyOrNull(total) }];
  });
  const plannedAll = perChannel.every((c) => c.planned === null) ? null : tidy(sum(perChannel.map((c) => c.planned ?? 0)));
  const totalAll = perChannel.every((c) => c.total === null) ? null : tidy(sum(perChannel.map((c) => c.total ?? 0)));
  return {
    currency: strategy.budget?.currency ?? null,
    spent: tidy(sum(perChannel.map((c) => c.spent))),
    planned: plannedAll,
    total: totalAll,
    channels: perChannel,
  };
}
