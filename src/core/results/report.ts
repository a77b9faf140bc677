import { metrics } from '../catalog/metrics.js';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../brief/format.js';
import type { KpiScore, Scorecard, Status } from './scorecard.js';

export const STATUS_LABELS: Record<Status, string> = {
  met: 'met', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'no-data': 'no data',
};

/** A figure of a metric in its unit: a fraction as a percentage, money in the strategy's currency. */
export function figure(metric: string, value: number | null, currency: string | null): string {
  if (value === null) return '—';
  const facts = Object.hasOwn(metrics, metric) ? metrics[metric] : undefined;
  if (facts?.unit === 'ratio') return formatPercent(value);
  if (facts?.unit === 'money') return formatMoney(Math.round(value * 100) / 100, currency);
  if (facts?.unit === 'multiple') return `${formatNumber(value)}×`;
  return formatNumber(value);
}

/** Whole percent for progress: 0.456 → "46%"; a progress past 1 shows as it is ("130%"). */
function percent(progress: number | null): string {
  return progress === null ? '—' : `${Math.round(progress * 100)}%`;
}

export interface Styles {
  status(status: Status, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const PLAIN: Styles = { status: (_, text) => text, dim: (text) => text, bold: (text) => text };
const BAR = 20;

/** A bar of 20 cells for progress 0–1 (a progress past 1 fills it). */
export function bar(progress: number | null): string {
  if (progress === null) return '·'.repeat(BAR);
  const filled = Math.max(0, Math.min(BAR, Math.round(progress * BAR)));
  return '█'.repeat(filled) + '░'.repeat(BAR - filled);
}

function asOfLine(card: Scorecard): string {
  if (card.asOf === null) return 'no results yet';
  const period = card.period;
  if (period && card.asOf >= period.start && card.asOf <= period.end) {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    return `as of ${card.asOf}, day ${day(card.asOf) - day(period.start) + 1} of ${day(period.end) - day(period.start) + 1} of the strategy period`;
  }
  return `as of ${card.asOf}`;
}

function expectedText(k: KpiScore, currency: string | null): string {
  return k.kind === 'level' ? (k.direction === 'lower' ? 'at most target' : 'at least target') : figure(k.metric, roundCount(k.metric, k.expected), currency);
}

/** Counts expected by now are shown whole: nobody books 0.6 of an appointment. */
function roundCount(metric: string, value: number | null): number | null {
  const unit = Object.hasOwn(metrics, metric) ? metrics[metric]!.unit : 'count';
  return value !== null && unit === 'count' ? Math.round(value) : value;
}

/** The scorecard as a terminal table: a progress bar per KPI and its status, coloured by `styles`. */
export function scorecardTable(card: Scorecard, options: { name: string; currency: string | null; styles?: Styles }): string {
  const styles = options.styles ?? PLAIN;
  const { currency } = options;
  const header = ['Channel', 'KPI', 'Target', 'Actual', 'Expected', 'Progress', '', 'Status'];
  const rows = card.kpis.map((k) => [
    k.channel, k.label, figure(k.metric, k.target, currency), figure(k.metric, k.actual, currency), expectedText(k, currency),
    bar(k.progress), percent(k.progress), STATUS_LABELS[k.status],
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const right = new Set([2, 3, 4, 6]);
  const cell = (text: string, i: number) => (right.has(i) ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const lines = [
    `${styles.bold(`Scorecard of ${options.name}`)} ${styles.dim(`(${asOfLine(card)})`)}`,
    '',
    styles.dim(header.map(cell).join('  ').trimEnd()),
    ...rows.map((r, n) => {
      const k = card.kpis[n]!;
      return r.map((text, i) => (i === 5 || i === 7 ? styles.status(k.status, cell(text, i)) : cell(text, i))).join('  ').trimEnd();
    }),
  ];
  if (!card.kpis.length) lines.push('No channel KPI has a numeric target to track.');
  lines.push('', ...summaryLines(card, currency).map((line) => line.replace(/\*\*/g, '')));
  const counts = countStatuses(card);
  lines.push('', counts);
  return lines.join('\n') + '\n';
}

function countStatuses(card: Scorecard): string {
  const parts = (['met', 'on-track', 'at-risk', 'off-track', 'no-data'] as Status[])
    .map((s) => [s, card.kpis.filter((k) => k.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${STATUS_LABELS[s]}`);
  return `${card.kpis.length} KPI${card.kpis.length === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

function summaryLines(card: Scorecard, currency: string | null): string[] {
  const lines: string[] = [];
  const goal = card.goal;
  if (goal) {
    const label = Object.hasOwn(metrics, goal.metric) ? metrics[goal.metric]!.label : goal.metric.replace(/_/g, ' ');
    const expected = goal.expected === null ? '' : `, ${figure(goal.metric, roundCount(goal.metric, goal.expected), currency)} expected by now`;
    lines.push(`**Goal** (${label.toLowerCase()}, from ${goal.channels.join(', ')}): ${figure(goal.metric, goal.actual, currency)} of ${figure(goal.metric, goal.target, currency)} (${percent(goal.progress)})${expected}: ${STATUS_LABELS[goal.status]}.`);
  }
  const budget = card.budget;
  if (budget) {
    const money = (n: number | null) => (n === null ? '—' : formatMoney(Math.round(n * 100) / 100, budget.currency ?? currency));
    const planned = budget.planned === null ? '' : ` against ${money(budget.planned)} planned by now`;
    const total = budget.total === null ? '' : ` (${money(budget.total)} in all)`;
    lines.push(`**Budget:** ${money(budget.spent)} spent${planned}${total}.`);
  }
  return lines;
}

const MD_STATUS: Record<Status, string> = {
  met: '✅ Met', 'on-track': '🟢 On track', 'at-risk': '🟠 At risk', 'off-track': '🔴 Off track', 'no-data': '⚪ No data',
};

/** Escapes text for a Markdown table cell. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** The scorecard as Markdown for a pull request or an e-mail: one table, the goal, the budget, the problems. */
export function scorecardMarkdown(card: Scorecard, options: { name: string; currency: string | null; heading?: number }): string {
  const h = '#'.repeat(options.heading ?? 2);
  const { currency } = options;
  const when = card.asOf === null ? 'no results yet' : `as of ${formatDate(card.asOf)}`;
  const lines = [`${h} Scorecard: ${md(options.name)}, ${when}`, ''];
  if (card.kpis.length) {
    lines.push(
      '| Channel | KPI | Target | Actual | Expected by now | Progress | Status |',
      '| --- | --- | ---: | ---: | ---: | ---: | --- |',
      ...card.kpis.map((k) => `| ${md(k.channel)} | ${md(k.label)} | ${figure(k.metric, k.target, currency)} | ${figure(k.metric, k.actual, currency)} | ${k.kind === 'level' ? '—' : figure(k.metric, roundCount(k.metric, k.expected), currency)} | ${percent(k.progress)} | ${MD_STATUS[k.status]} |`),
      '',
    );
  } else {
    lines.push('No channel KPI has a numeric target to track.', '');
  }
  for (const line of summaryLines(card, currency)) lines.push(`- ${line}`);
  lines.push(`- ${countStatuses(card)}`);
  if (card.problems.length) {
    lines.push('', `${card.problems.length} result row${card.problems.length === 1 ? ' was' : 's were'} left out:`, '');
    for (const p of card.problems.slice(0, 20)) lines.push(`- ${md(p.file)}, row ${p.row}, column ${p.column}: ${md(p.message)}`);
    if (card.problems.length > 20) lines.push(`- and ${card.problems.length - 20} more`);
  }
  return lines.join('\n') + '\n';
}
