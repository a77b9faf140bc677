import type { TopLevelSpec } from 'vega-lite';
import { formatNumber, formatPercent } from '../i18n/format.js';
import type { ReportModel } from './model.js';
import { STATUS_COLORS } from './palette.js';
import { vegaLocale } from './vega-locale.js';

/** A picture of the report: an SVG made at build time, with a text equivalent for screen readers. */
export interface Chart {
  id: string;
  title: string;
  /** What the picture shows, in one sentence: the SVG's accessible name. */
  description: string;
  /** How to read it, shown under the picture. */
  caption: string;
  svg: string;
}

type Values = Record<string, string | number | boolean | null>[];
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const BASE = {
  aria: false,
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#333333', titleColor: '#333333', labelLimit: 220 },
  legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 220 },
  background: '#ffffff',
};
const DAY = 86_400_000;

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

/** The specs of every picture the model has data for, in the order the page shows them. */
export type ChartSpec = Omit<Chart, 'svg'> & { spec: TopLevelSpec };

export function chartSpecs(model: ReportModel): ChartSpec[] {
  const { t, locale } = model.translator;
  const own = vegaLocale(locale);
  const CONFIG = own ? { ...BASE, locale: own } : BASE;
  const ink = model.brand.ink;
  const specs: ChartSpec[] = [];
  const channelOrder = model.matrix.rows.map((r) => r.channel.title);
  const stageOrder = model.matrix.stages.map((s) => s.label);
  if (model.matrix.rows.length) {
    const values: Values = model.matrix.rows.flatMap((row) => model.matrix.stages.map((stage, i) => ({ channel: row.channel.title, stage: stage.label, serves: row.serves[i] ? 'Serves this stage' : 'Not at this stage', mark: row.serves[i] ? '✓' : '' })));
    specs.push({
      id: 'matrix', title: t('chart.matrix.title'), caption: t('chart.matrix.caption'),
      description: t('chart.matrix.description', { channels: channelOrder.length, stages: stageOrder.length }),
      spec: {
        config: CONFIG, data: { values }, width: { step: 96 }, height: { step: 30 },
        encoding: {
          x: { field: 'stage', type: 'nominal', sort: stageOrder, title: null, axis: { orient: 'top', labelAngle: 0, domain: false, ticks: false } },
          y: { field: 'channel', type: 'nominal', sort: channelOrder, title: null, axis: { domain: false, ticks: false } },
        },
        layer: [
          { mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 2 }, encoding: { color: { field: 'serves', type: 'nominal', scale: { domain: ['Serves this stage', 'Not at this stage'], range: [ink, '#eceff3'] }, legend: null } } },
          { mark: { type: 'text', fontSize: 15, fontWeight: 'bold' }, encoding: { text: { field: 'mark' }, color: { value: '#ffffff' } } },
        ],
      },
    });
  }
  const budget = model.overview.budget;
  if (budget?.pie.length) {
    const currency = budget.currency ?? undefined;
    const amount = (n: number) => (locale === 'en' ? String(n) : formatNumber(n, locale));
    specs.push({
      id: 'budget', title: currency ? t('chart.budget.titleIn', { currency }) : t('chart.budget.title'), caption: t(budget.unallocated ? 'chart.budget.captionLeft' : 'chart.budget.caption'),
      description: t('chart.budget.description', { list: budget.pie.map((p) => `${p.label} ${amount(p.amount)}`).join(', ') }),
      spec: {
        config: CONFIG, data: { values: budget.pie.map((p, i) => ({ label: p.label, amount: p.amount, kind: budget.unallocated && i === budget.pie.length - 1 ? 'left' : 'channel' })) }, width: 420, height: { step: 28 },
        encoding: { y: { field: 'label', type: 'nominal', sort: null, title: null }, x: { field: 'amount', type: 'quantitative', title: currency ? t('chart.budget.axisIn', { currency }) : t('chart.budget.axis'), axis: { format: ',~r' } } },
        layer: [
          { mark: { type: 'bar' }, encoding: { color: { field: 'kind', type: 'nominal', scale: { domain: ['channel', 'left'], range: [ink, '#9aa3af'] }, legend: null } } },
          { mark: { type: 'text', align: 'left', dx: 4, color: '#333333' }, encoding: { text: { field: 'amount', type: 'quantitative', format: ',~r' } } },
        ],
      },
    });
  }
  if (model.months.length) {
    const months = [...new Map(model.months.map((m) => [m.month, m.monthLabel])).values()];
    specs.push({
      id: 'budgetByMonth', title: t('chart.months.title'), caption: t('chart.months.caption'),
      description: t('chart.months.description', { first: months[0], last: months[months.length - 1] }),
      spec: {
        config: CONFIG, data: { values: model.months.map((m) => ({ month: m.monthLabel, channel: m.channel, amount: m.amount })) }, width: { step: 80 }, height: 220,
        mark: 'bar',
        encoding: {
          x: { field: 'month', type: 'ordinal', sort: months, title: null, axis: { labelAngle: 0 } },
          y: { field: 'amount', type: 'quantitative', aggregate: 'sum', title: budget?.currency ? t('chart.budget.axisIn', { currency: budget.currency }) : t('chart.budget.axis'), axis: { format: ',~r' } },
          color: { field: 'channel', type: 'nominal', sort: channelOrder, title: t('col.channel'), scale: { scheme: 'tableau10' } },
        },
      },
    });
  }
  if (model.flights.length) {
    const values: Values = model.flights.map((f) => ({ channel: f.channel.title, start: f.start, end: nextDay(f.end), label: f.label ?? '' }));
    const period = model.period ? [{ start: model.period.start, end: nextDay(model.period.end) }] : [];
    specs.push({
      id: 'timeline', title: t('chart.timeline.title'), caption: t(model.period ? 'chart.timeline.captionPeriod' : 'chart.timeline.caption'),
      description: model.period ? t('chart.timeline.descriptionWithin', { count: model.flights.length, period: model.period.text }) : t('chart.timeline.description', { count: model.flights.length }),
      spec: {
        config: CONFIG, width: 640, height: { step: 30 },
        layer: [
          ...(period.length ? [{ data: { values: period }, mark: { type: 'rect' as const, color: '#f3f5f8' }, encoding: { x: { field: 'start', type: 'temporal' as const, scale: { type: 'utc' as const } }, x2: { field: 'end' } } }] : []),
          {
            data: { values }, mark: { type: 'bar', color: ink, cornerRadius: 3, height: { band: 0.7 } },
            encoding: {
              y: { field: 'channel', type: 'nominal', sort: channelOrder, title: null },
              x: { field: 'start', type: 'temporal', scale: { type: 'utc' }, title: null, axis: { format: '%b %Y', tickCount: 'month', grid: true } },
              x2: { field: 'end' },
            },
          },
          { data: { values }, mark: { type: 'text', align: 'left', dx: 4, color: '#ffffff', fontSize: 11 }, encoding: { y: { field: 'channel', type: 'nominal', sort: channelOrder }, x: { field: 'start', type: 'temporal', scale: { type: 'utc' } }, text: { field: 'label' } } },
        ],
      },
    });
  }
  const card = model.scorecard;
  if (card?.rows.length) {
    // Each bar has its whole label above it: the channel's full name (wrapped, never cut) and the metric with its
    // progress. An axis would cut long names to its label limit.
    const whole = (p: number | null) => (p === null ? '—' : formatPercent(Math.round(p * 100) / 100, locale));
    const labels = card.rows.map((r) => [...wrap(r.channelTitle, LABEL_CHARS), `${r.label} · ${whole(r.progress)}`]);
    const lines = Math.max(...labels.map((l) => l.length));
    const step = PAD + lines * LINE_HEIGHT + GAP + BAR + PAD;
    const barOffset = step / 2 - PAD - BAR / 2;
    const textOffset = PAD - step / 2;
    const row = { field: 'row', type: 'nominal', sort: null, axis: null, title: null } as const;
    const values: Values = card.rows.map((r, i) => ({
      row: String(i), lines: labels[i]!, progress: Math.min(r.progress ?? 0, 1.5), pace: r.pace === null ? null : Math.min(r.pace, 1.5), status: r.statusLabel,
    })) as unknown as Values;
    const statuses = STATUS_COLORS.map((s) => ({ label: t(`status.${s.status}`), color: s.color }));
    specs.push({
      id: 'kpiProgress', title: card.asOf === null ? t('chart.kpi.title') : t('chart.kpi.titleAsOf', { date: card.asOfText }), caption: t('chart.kpi.caption'),
      description: `${t('chart.kpi.description')} ${card.rows.map((r) => t('chart.kpi.bar', { channel: r.channelTitle, metric: r.label, progress: r.progressText, status: r.statusLabel })).join('; ')}.`,
      spec: {
        config: CONFIG, data: { values }, width: 460, height: { step },
        layer: [
          {
            mark: { type: 'bar', cornerRadius: 2, height: BAR, yOffset: barOffset },
            encoding: {
              y: row,
              x: { field: 'progress', type: 'quantitative', title: t('chart.kpi.axis'), scale: { domain: [0, 1.5] }, axis: { format: '.0%' } },
              color: { field: 'status', type: 'nominal', title: t('col.status'), scale: { domain: statuses.map((s) => s.label), range: statuses.map((s) => s.color) }, legend: { orient: 'bottom', direction: 'horizontal' } },
            },
          },
          { mark: { type: 'text', align: 'left', baseline: 'top', dy: textOffset, fontSize: 12, lineHeight: LINE_HEIGHT, color: '#222222' }, encoding: { y: row, x: { datum: 0, type: 'quantitative' }, text: { field: 'lines' } } },
          { transform: [{ filter: 'datum.pace !== null' }], mark: { type: 'tick', color: '#111111', thickness: 3, size: BAR + 6, yOffset: barOffset }, encoding: { y: row, x: { field: 'pace', type: 'quantitative' } } },
          { data: { values: [{ target: 1 }] }, mark: { type: 'rule', color: '#555555', strokeDash: [4, 3] }, encoding: { x: { field: 'target', type: 'quantitative' } } },
        ],
      },
    });
  }
  return specs;
}

const LABEL_CHARS = 68; // of 12px text in the chart's 460px
const LINE_HEIGHT = 15;
const PAD = 6;
const GAP = 2;
const BAR = 14;

/** Splits a text into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
