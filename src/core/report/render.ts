import Handlebars from 'handlebars';
import { chartSpecs, type Chart } from './charts.js';
import { funnelSvg } from './funnel-svg.js';
import { reportHelpers } from './helpers.js';
import type { ReportModel } from './model.js';
import { toSvg } from './svg.js';

/** The report's templates as text: the page, its partials by name, and the style sheet inlined into it. */
export interface ReportTemplates {
  page: string;
  partials: Record<string, string>;
  css: string;
}

// HTML escaping stays on (the default), unlike the Markdown briefs; a misspelt field fails instead of rendering blank.
const COMPILE_OPTIONS = { strict: true } as const;

/**
 * The report as one self-contained HTML page: every picture rendered to inline SVG here, every piece of
 * the user's text escaped by Handlebars. No I/O: the templates come in as text, the page goes out as text.
 */
export async function renderReport(model: ReportModel, templates: ReportTemplates): Promise<string> {
  // An environment of its own, apart from the Markdown briefs' and from the global Handlebars object.
  const hbs = Handlebars.create();
  hbs.unregisterHelper('log');
  hbs.registerHelper(reportHelpers(hbs, model.translator));
  for (const [name, text] of Object.entries(templates.partials)) hbs.registerPartial(name, hbs.compile(text, COMPILE_OPTIONS));
  const page = hbs.compile(templates.page, COMPILE_OPTIONS);
  const charts = await renderCharts(model);
  // The brand's colours are checked hex values (brandView), so they are safe inside the style sheet.
  const { color, onColor, ink } = model.brand;
  const css = `${templates.css}:root { --brand: ${color}; --on-brand: ${onColor}; --ink: ${ink}; }\n`;
  const { translator: _, ...view } = model;
  return page({ ...view, charts, css: new hbs.SafeString(css) });
}

type SafeCharts = Record<string, (Omit<Chart, 'svg'> & { svg: Handlebars.SafeString }) | null>;

// Every picture the templates may ask for is a field, null when the strategy has no data for it (strict mode).
const CHART_IDS = ['funnel', 'matrix', 'budget', 'budgetByMonth', 'timeline', 'kpiProgress'];

async function renderCharts(model: ReportModel): Promise<SafeCharts> {
  const specs = chartSpecs(model);
  const rendered = await Promise.all(specs.map(async ({ spec, ...chart }) => ({ ...chart, svg: await toSvg(spec, `${chart.title}. ${chart.description}`) })));
  const { t } = model.translator;
  const stages = model.funnel.map((s) => t('funnel.stage', { stage: s.label, channels: s.channels.length ? s.channels.map((c) => c.title).join(', ') : t('funnel.noChannel') }));
  const funnelName = t('funnel.name', { stages: stages.join('; ') });
  const charts: Chart[] = [...rendered, { id: 'funnel', title: t('funnel.title'), description: funnelName, caption: t('funnel.caption'), svg: funnelSvg(model, funnelName) }];
  const byId = new Map(charts.map((c) => [c.id, c]));
  return Object.fromEntries(CHART_IDS.map((id) => {
    const chart = byId.get(id);
    return [id, chart ? { ...chart, svg: new Handlebars.SafeString(chart.svg) } : null];
  }));
}
