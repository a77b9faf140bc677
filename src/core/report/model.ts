import { channelModel, type ChannelModel } from '../brief/channel-model.js';
import { formatDate } from '../i18n/format.js';
import { briefLanguage } from '../brief/language.js';
import { ENGLISH_REPORT, type ReportTranslator } from './messages.js';
import { createContext, type BriefContext, type BriefLanguage, type ChannelRef, type FindingView, type PersonaRef, type StageRef } from '../brief/model.js';
import { overviewModel, type OverviewModel } from '../brief/overview-model.js';
import { personaModel, type PersonaModel } from '../brief/persona-model.js';
import { briefError } from '../messages/brief-errors.js';
import type { Diagnostic } from '../lint/diagnostic.js';
import { isRecord } from '../strategy/describe.js';
import { isLoadedStrategy, loadStrategy, type LoadedStrategy } from '../strategy/load.js';
import { brandView, isBrandColor, isLogoUri, type BrandView } from './brand.js';
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
  /** The language of the report; English by default. */
  translator?: ReportTranslator;
  /** The briefs' sentences and the catalog's words in the same language (the channel and persona sections). */
  language?: BriefLanguage;
}

export interface ReportChannel extends ChannelModel {
  anchor: string;
  flights: FlightView[];
}

export interface ReportPersona extends PersonaModel {
  anchor: string;
}

export interface ReportModel {
  /** The page's language, for <html lang>. */
  lang: string;
  translator: ReportTranslator;
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
  /** What the report could not use, for the command to say (a brand colour that is not a colour). */
  notes: string[];
}

/** The view model of the HTML report of a strategy that mcm lint passed without errors. */
export function reportModel(input: string | Uint8Array | LoadedStrategy, options: ReportOptions): ReportModel {
  const { source, strategy } = isLoadedStrategy(input) ? input : loadStrategy(input);
  if (strategy === undefined) throw briefError('brief.notStrategy', { file: options.file });
  const forTeam = options.audience === 'team';
  const translator = options.translator ?? ENGLISH_REPORT;
  const { locale } = translator;
  const context = anchored(createContext(strategy, options.file, forTeam ? options.diagnostics : [], options.language ?? briefLanguage()));
  const overview = overviewModel(context);
  const { currency } = context;
  const channels = context.channels.map((channel): ReportChannel => {
    const model = channelModel(context, channel);
    return {
      ...model,
      overviewHref: '#overview', owner: forTeam ? model.owner : null, anchor: anchorOf('channel', channel.id), flights: flightsOf(channel, model.channel, currency, locale),
    };
  });
  const flights = channels.flatMap((c) => c.flights);
  const notes: string[] = [];
  return {
    lang: locale,
    translator,
    audience: options.audience,
    forTeam,
    file: options.file,
    brand: brand(source.value, { ...options, translator }, notes),
    period: periodView(strategy.period, translator),
    deadlineText: strategy.goal?.deadline ? formatDate(strategy.goal.deadline, locale) : null,
    overview,
    matrix: {
      stages: overview.stages.map(({ id, label }) => ({ id, label })),
      rows: context.channels.map((c, i) => ({ channel: overview.channels[i]!.channel, serves: context.stages.map((s) => context.stagesOf(c.id).includes(s)) })),
    },
    funnel: overview.stages.map(({ id, label, objective, channels: refs }) => ({ id, label, objective, channels: refs })),
    flights,
    months: spendByMonth(flights, locale),
    channels,
    personas: context.personas.map((p) => ({ ...personaModel(context, p), overviewHref: '#overview', anchor: anchorOf('persona', p.id) })),
    scorecard: options.scorecard ? scorecardView(options.scorecard, context, translator) : null,
    findings: context.findings,
    notes,
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

function brand(raw: unknown, options: ReportOptions & { translator: ReportTranslator }, notes: string[]): BrandView {
  const own = isRecord(raw) && isRecord(raw['x-brand']) ? raw['x-brand'] : {};
  const color = options.brand?.color ?? (own.color === undefined ? null : own.color);
  const written = options.brand?.logo ?? (own.logo === undefined ? null : own.logo);
  if (color !== null && !isBrandColor(color)) notes.push(options.translator.t('note.brandColor', { value: JSON.stringify(color) }));
  if (written !== null && typeof written !== 'string') notes.push(options.translator.t('note.logoNotText'));
  const text = typeof written === 'string' ? written : null;
  const logo = text === null || text.startsWith('data:') ? text : options.resolveLogo?.(text) ?? null;
  if (logo !== null && !isLogoUri(logo)) notes.push(options.translator.t('note.logoNotImage'));
  return brandView(typeof color === 'string' ? color : null, logo);
}
