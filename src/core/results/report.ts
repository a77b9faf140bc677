import { metrics } from '../catalog/metrics.js';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../i18n/format.js';
import type { CatalogTranslator } from '../catalog/labels.js';
import { ENGLISH_CATALOG, metricName } from './labels.js';
import { dateIn, ENGLISH, statusTitle, statusWord, type TrackTranslator } from './messages.js';
import type { KpiScore, Scorecard, Status } from './scorecard.js';

/** A figure of a metric in its unit: a fraction as a percentage, money in the strategy's currency. */
export function figure(metric: string, value: number | null, currency: string | null, locale = 'en'): string {
  if (value === null) return '—';
  const facts = Object.hasOwn(metrics, metric) ? metrics[metric] : undefined;
  if (facts?.unit === 'ratio') return formatPercent(value, locale);
  if (facts?.unit === 'money') return formatMoney(Math.round(value * 100) / 100, currency, { locale });
  if (facts?.unit === 'multiple') return `${formatNumber(value, locale)}×`;
  return formatNumber(value, locale);
}

/** Whole percent for progress: 0.456 → "46%"; a progress past 1 shows as it is ("130%"). */
function percent(progress: number | null, locale = 'en'): string {
  if (progress === null) return '—';
  return locale === 'en' ? `${Math.round(progress * 100)}%` : formatPercent(Math.round(progress * 100) / 100, locale);
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

function asOfLine(card: Scorecard, translator: TrackTranslator): string {
  const { t } = translator;
  if (card.asOf === null) return t('asOf.none');
  const period = card.period;
  const date = dateIn(card.asOf, translator);
  if (period && card.asOf >= period.start && card.asOf <= period.end) {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    return t('asOf.day', { date, day: formatNumber(day(card.asOf) - day(period.start) + 1, translator.locale), days: formatNumber(day(period.end) - day(period.start) + 1, translator.locale) });
  }
  return t('asOf.date', { date });
}

function expectedText(k: KpiScore, currency: string | null, translator: TrackTranslator): string {
  return k.kind === 'level' ? translator.t(k.direction === 'lower' ? 'table.atMostTarget' : 'table.atLeastTarget') : figure(k.metric, roundCount(k.metric, k.expected), currency, translator.locale);
}

/** Counts expected by now are shown whole: nobody books 0.6 of an appointment. */
function roundCount(metric: string, value: number | null): number | null {
  const unit = Object.hasOwn(metrics, metric) ? metrics[metric]!.unit : 'count';
  return value !== null && unit === 'count' ? Math.round(value) : value;
}

export interface ReportOptions {
  name: string;
  currency: string | null;
  /** The language of the words, numbers and dates; English by default. */
  translator?: TrackTranslator;
  /** The catalog's words (metric names) in the same language. */
  catalog?: CatalogTranslator;
}

/** The scorecard as a terminal table: a progress bar per KPI and its status, coloured by `styles`. */
export function scorecardTable(card: Scorecard, options: ReportOptions & { styles?: Styles }): string {
  const styles = options.styles ?? PLAIN;
  const { currency } = options;
  const translator = options.translator ?? ENGLISH;
  const { t, locale } = translator;
  const header = [t('table.channel'), t('table.kpi'), t('table.target'), t('table.actual'), t('table.expected'), t('table.progress'), '', t('table.status')];
  const rows = card.kpis.map((k) => [
    k.channel, metricName(k.metric, options.catalog), figure(k.metric, k.target, currency, locale), figure(k.metric, k.actual, currency, locale), expectedText(k, currency, translator),
    bar(k.progress), percent(k.progress, locale), statusWord(k.status, translator),
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const right = new Set([2, 3, 4, 6]);
  const cell = (text: string, i: number) => {
    const pad = ' '.repeat(Math.max(0, widths[i]! - width(text)));
    return right.has(i) ? pad + text : text + pad;
  };
  const lines = [
    `${styles.bold(t('table.title', { name: options.name }))} ${styles.dim(`(${asOfLine(card, translator)})`)}`,
    '',
    styles.dim(header.map(cell).join('  ').trimEnd()),
    ...rows.map((r, n) => {
      const k = card.kpis[n]!;
      return r.map((text, i) => (i === 5 || i === 7 ? styles.status(k.status, cell(text, i)) : cell(text, i))).join('  ').trimEnd();
    }),
  ];
  if (!card.kpis.length) lines.push(t('noKpis'));
  lines.push('', ...summaryLines(card, currency, translator, options.catalog).map((line) => line.replace(/\*\*/g, '')));
  const counts = countStatuses(card, translator);
  lines.push('', counts);
  return lines.join('\n') + '\n';
}

/** Columns of a terminal: a combining mark takes none (the table lines up in any script). */
function width(text: string): number {
  return text.normalize('NFC').replace(/\p{M}/gu, '').length;
}

function countStatuses(card: Scorecard, { t }: TrackTranslator): string {
  const parts = (['met', 'on-track', 'at-risk', 'off-track', 'no-data'] as Status[])
    .map((s) => [s, card.kpis.filter((k) => k.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, count]) => t(`count.${s}`, { count }));
  const count = card.kpis.length;
  return `${parts.length ? t('count.kpisWith', { count, parts: parts.join(', ') }) : t('count.kpis', { count })}.`;
}

function summaryLines(card: Scorecard, currency: string | null, translator: TrackTranslator, catalog: CatalogTranslator = ENGLISH_CATALOG): string[] {
  const { t, locale } = translator;
  const lines: string[] = [];
  const goal = card.goal;
  if (goal) {
    const values = {
      label: metricName(goal.metric, catalog).toLocaleLowerCase(locale),
      channels: goal.channels.join(', '),
      actual: figure(goal.metric, goal.actual, currency, locale),
      target: figure(goal.metric, goal.target, currency, locale),
      progress: percent(goal.progress, locale),
      status: statusWord(goal.status, translator),
      expected: goal.expected === null ? undefined : figure(goal.metric, roundCount(goal.metric, goal.expected), currency, locale),
    };
    lines.push(t(goal.expected === null ? 'goal' : 'goalExpected', values));
  }
  const budget = card.budget;
  if (budget) {
    const money = (n: number | null) => (n === null ? '—' : formatMoney(Math.round(n * 100) / 100, budget.currency ?? currency, { locale }));
    const shape = budget.planned !== null && budget.total !== null ? 'both' : budget.planned !== null ? 'planned' : budget.total !== null ? 'total' : 'none';
    lines.push(t('budget', { shape, spent: money(budget.spent), planned: money(budget.planned), total: money(budget.total) }));
  }
  return lines;
}

const MD_MARK: Record<Status, string> = { met: '✅', 'on-track': '🟢', 'at-risk': '🟠', 'off-track': '🔴', 'no-data': '⚪' };

/** Escapes text for a Markdown table cell. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** The scorecard as Markdown for a pull request or an e-mail: one table, the goal, the budget, the problems. */
export function scorecardMarkdown(card: Scorecard, options: ReportOptions & { heading?: number }): string {
  const h = '#'.repeat(options.heading ?? 2);
  const { currency } = options;
  const translator = options.translator ?? ENGLISH;
  const { t, locale } = translator;
  const when = card.asOf === null ? t('asOf.none') : t('asOf.date', { date: formatDate(card.asOf, locale) });
  const lines = [`${h} ${t('markdown.title', { name: md(options.name), when })}`, ''];
  if (card.kpis.length) {
    const head = [t('table.channel'), t('table.kpi'), t('table.target'), t('table.actual'), t('table.expectedByNow'), t('table.progress'), t('table.status')];
    lines.push(
      `| ${head.map(md).join(' | ')} |`,
      '| --- | --- | ---: | ---: | ---: | ---: | --- |',
      ...card.kpis.map((k) => `| ${md(k.channel)} | ${md(metricName(k.metric, options.catalog))} | ${figure(k.metric, k.target, currency, locale)} | ${figure(k.metric, k.actual, currency, locale)} | ${k.kind === 'level' ? '—' : figure(k.metric, roundCount(k.metric, k.expected), currency, locale)} | ${percent(k.progress, locale)} | ${MD_MARK[k.status]} ${statusTitle(k.status, translator)} |`),
      '',
    );
  } else {
    lines.push(t('noKpis'), '');
  }
  for (const line of summaryLines(card, currency, translator, options.catalog)) lines.push(`- ${line}`);
  lines.push(`- ${countStatuses(card, translator)}`);
  if (card.problems.length) {
    lines.push('', t('markdown.leftOut', { count: card.problems.length }), '');
    for (const p of card.problems.slice(0, 20)) lines.push(`- ${t('markdown.problem', { file: md(p.file), row: String(p.row), column: String(p.column), message: md(p.message) })}`);
    if (card.problems.length > 20) lines.push(`- ${t('markdown.more', { count: card.problems.length - 20 })}`);
  }
  return lines.join('\n') + '\n';
}
