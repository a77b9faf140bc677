import type { TopLevelSpec } from 'vega-lite';
import type { ReportModel } from './model.js';
import { STATUS_COLORS } from './palette.js';

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
const CONFIG = {
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
  const ink = model.brand.ink;
  const specs: ChartSpec[] = [];
  const channelOrder = model.matrix.rows.map((r) => r.channel.title);
  const stageOrder = model.matrix.stages.map((s) => s.label);
  if (model.matrix.rows.length) {
    const values: Values = model.matrix.rows.flatMap((row) => model.matrix.stages.map((stage, i) => ({ channel: row.channel.title, stage: stage.label, serves: row.serves[i] ? 'Serves this stage' : 'Not at this stage', mark: row.serves[i] ? '✓' : '' })));
    specs.push({
      id: 'matrix', title: 'Channels by funnel stage', caption: 'A filled square: the channel serves that stage.',
      description: `A grid of ${channelOrder.length} channels by ${stageOrder.length} funnel stages; a filled square means the channel serves that stage.`,
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
    const currency = budget.currency ? ` (${budget.currency})` : '';
    specs.push({
      id: 'budget', title: `Budget by channel${currency}`, caption: budget.unallocated ? 'The grey bar is the budget not allocated to a channel yet.' : 'Each channel\'s budget.',
      description: `Budget by channel: ${budget.pie.map((p) => `${p.label} ${p.amount}`).join(', ')}.`,
      spec: {
        config: CONFIG, data: { values: budget.pie.map((p, i) => ({ label: p.label, amount: p.amount, kind: budget.unallocated && i === budget.pie.length - 1 ? 'left' : 'channel' })) }, width: 420, height: { step: 28 },
        encoding: { y: { field: 'label', type: 'nominal', sort: null, title: null }, x: { field: 'amount', type: 'quantitative', title: `Budget${currency}`, axis: { format: ',~r' } } },
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
      id: 'budgetByMonth', title: 'Budget by month', caption: 'Each flight\'s budget spread evenly over its days.',
      description: `The flights' budgets spread over their days and summed by month, from ${months[0]} to ${months[months.length - 1]}.`,
      spec: {
        config: CONFIG, data: { values: model.months.map((m) => ({ month: m.monthLabel, channel: m.channel, amount: m.amount })) }, width: { step: 80 }, height: 220,
        mark: 'bar',
        encoding: {
          x: { field: 'month', type: 'ordinal', sort: months, title: null, axis: { labelAngle: 0 } },
          y: { field: 'amount', type: 'quantitative', aggregate: 'sum', title: `Budget${budget?.currency ? ` (${budget.currency})` : ''}`, axis: { format: ',~r' } },
          color: { field: 'channel', type: 'nominal', sort: channelOrder, title: 'Channel', scale: { scheme: 'tableau10' } },
        },
      },
    });
  }
  if (model.flights.length) {
    const values: Values = model.flights.map((f) => ({ channel: f.channel.title, start: f.start, end: nextDay(f.end), label: f.label ?? '' }));
    const period = model.period ? [{ start: model.period.start, end: nextDay(model.period.end) }] : [];
    specs.push({
      id: 'timeline', title: 'Timeline of flights', caption: model.period ? 'When each channel is live; the shaded band is the strategy period.' : 'When each channel is live.',
      description: `When each channel is live: ${model.flights.length} flights${model.period ? ` within ${model.period.text}` : ''}.`,
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
    const values: Values = card.rows.map((r) => ({ kpi: `${r.channelTitle}: ${r.label}`, progress: Math.min(r.progress ?? 0, 1.5), pace: r.pace === null ? null : Math.min(r.pace, 1.5), status: r.statusLabel }));
    specs.push({
      id: 'kpiProgress', title: `KPI progress as of ${card.asOfText}`, caption: 'Bars: the actual as a share of the target. Dark tick: where the pacing expects it by now. Dashed line: the target.',
      description: `Each KPI's actual as a share of its target; the dark tick marks where the pacing expects it by now, the line marks the target.`,
      spec: {
        config: CONFIG, data: { values }, width: 420, height: { step: 26 },
        encoding: { y: { field: 'kpi', type: 'nominal', sort: null, title: null } },
        layer: [
          {
            mark: { type: 'bar', cornerRadius: 2 },
            encoding: {
              x: { field: 'progress', type: 'quantitative', title: 'Share of target', scale: { domain: [0, 1.5] }, axis: { format: '.0%' } },
              color: { field: 'status', type: 'nominal', title: 'Status', scale: { domain: STATUS_COLORS.map((s) => s.label), range: STATUS_COLORS.map((s) => s.color) } },
            },
          },
          { transform: [{ filter: 'datum.pace !== null' }], mark: { type: 'tick', color: '#111111', thickness: 3 }, encoding: { x: { field: 'pace', type: 'quantitative' } } },
          { data: { values: [{ target: 1 }] }, mark: { type: 'rule', color: '#555555', strokeDash: [4, 3] }, encoding: { x: { field: 'target', type: 'quantitative' } } },
        ],
      },
    });
  }
  return specs;
}
