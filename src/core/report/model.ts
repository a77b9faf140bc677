import { channelModel, type ChannelModel } from '../brief/channel-model.js';
import { formatDate } from '../brief/format.js';
import { createContext, type BriefContext, type ChannelRef, type FindingView, type PersonaRef, type StageRef } from '../brief/model.js';
import { overviewModel, type OverviewModel } from '../brief/overview-model.js';
import { personaModel, type PersonaModel } from '../brief/persona-model.js';
import type { Diagnostic } from '../lint/diagnostic.js';
import { isRecord } from '../strategy/describe.js';
import { sanitize } from '../strategy/sanitize.js';
import { checkSchema } from '../strategy/schema-check.js';
import { UserError } from '../errors.js';
import { parseSource } from '../strategy/parse.js';
import { brandView, type BrandView } from './brand.js';
import { flightsOf, periodView, spendByMonth, type FlightView, type MonthSpend, type PeriodView } from './schedule.js';
import type { Scorecard } from './scorecard.js';
import { scorecardView, type ScorecardView } from './scorecard-view.js';

export type Audience = 'client' | 'team';

export interface ReportOptions {
  /** The strategy file, as the report names it. */
  file: string;
  /** What mcm lint found; the team report lists the warnings and notes. */
  diagnostics: Diagnostic[];
  /** client: no lint findings, rule ids or owners; team: everything. */
  audience: Audience;
  scorecard?: Scorecard | null;
  /** Overrides the strategy's x-brand. */
  brand?: { color?: string | null; logo?: string | null };
  /** Turns a logo that is not a data: URI (a path, as written in x-brand.logo) into one; the caller does the reading. */
  resolveLogo?: (value: string) => string | null;
}

export interface ReportChannel extends ChannelModel {
  anchor: string;
  flights: FlightView[];
}

export interface ReportPersona extends PersonaModel {
  anchor: string;
}

export interface ReportModel {
  audience: Audience;
  forTeam: boolean;
  file: string;
  brand: BrandView;
  period: PeriodView | null;
  deadlineText: string | null;
  overview: OverviewModel;
  matrix: { stages: StageRef[]; rows: { channel: ChannelRef; serves: boolean[] }[] };
  funnel: { id: string; label: string; objective: string | null; channels: ChannelRef[] }[];
  flights: FlightView[];
  months: MonthSpend[];
  channels: ReportChannel[];
  personas: ReportPersona[];
  scorecard: ScorecardView | null;
  findings: FindingView[];
}

/** The view model of the HTML report of a strategy that mcm lint passed without errors. */
export function reportModel(input: string | Uint8Array, options: ReportOptions): ReportModel {
  const source = parseSource(input);
  if (source.value === undefined) throw new UserError(`${options.file} cannot be read as a strategy: run mcm lint on it.`);
  const strategy = sanitize(source.value, checkSchema(source.value));
  const forTeam = options.audience === 'team';
  const context = anchored(createContext(strategy, options.file, forTeam ? options.diagnostics : []));
  const overview = overviewModel(context);
  const { currency } = context;
  const channels = context.channels.map((channel): ReportChannel => {
    const model = channelModel(context, channel);
    return { ...model, overviewHref: '#overview', owner: forTeam ? model.owner : null, anchor: anchorOf('channel', channel.id), flights: flightsOf(channel, model.channel, currency) };
  });
  const flights = channels.flatMap((c) => c.flights);
  return {
    audience: options.audience,
    forTeam,
    file: options.file,
    brand: brand(source.value, options),
    period: periodView((strategy as { period?: unknown }).period),
    deadlineText: strategy.goal?.deadline ? formatDate(strategy.goal.deadline) : null,
    overview,
    matrix: {
      stages: overview.stages.map(({ id, label }) => ({ id, label })),
      rows: context.channels.map((c, i) => ({ channel: overview.channels[i]!.channel, serves: context.stages.map((s) => context.stagesOf(c.id).includes(s)) })),
    },
    funnel: overview.stages.map(({ id, label, objective, channels: refs }) => ({ id, label, objective, channels: refs })),
    flights,
    months: spendByMonth(flights),
    channels,
    personas: context.personas.map((p) => ({ ...personaModel(context, p), overviewHref: '#overview', anchor: anchorOf('persona', p.id) })),
    scorecard: options.scorecard ? scorecardView(options.scorecard, context) : null,
    findings: context.findings,
  };
}

function anchorOf(kind: 'channel' | 'persona', id: string): string {
  return `${kind}-${id}`;
}

/** The brief context with every link pointing at a section of the one page instead of a file. */
function anchored(base: BriefContext): BriefContext {
  return {
    ...base,
    channelRef(id) {
      const ref = base.channelRef(id, 'root');
      return ref && { ...ref, href: `#${anchorOf('channel', id)}` };
    },
    personaRef(id): PersonaRef | null {
      const ref = base.personaRef(id, 'root');
      return ref && { ...ref, href: `#${anchorOf('persona', id)}` };
    },
  };
}

function brand(raw: unknown, options: ReportOptions): BrandView {
  const own = isRecord(raw) && isRecord(raw['x-brand']) ? raw['x-brand'] : {};
  const color = options.brand?.color ?? (typeof own.color === 'string' ? own.color : null);
  const written = options.brand?.logo ?? (typeof own.logo === 'string' ? own.logo : null);
  const logo = written === null || written.startsWith('data:') ? written : options.resolveLogo?.(written) ?? null;
  return brandView(color, logo);
}
