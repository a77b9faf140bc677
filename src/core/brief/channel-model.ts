import { channelType, formatFacts, isFormatId, type Category } from '../catalog/index.js';
import { categoryLabel, formatDescription, formatLabel, limitLabel, noteLabel } from '../catalog/labels.js';
import type { Channel } from '../strategy/types.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';
import { kpiView } from './kpi.js';
import { objectiveOf, stageRef, type BriefContext, type ChannelRef, type KpiView, type PersonaRef, type StageRef } from './model.js';
import { personaFacts, type PersonaFacts } from './persona-facts.js';
import { measure, roomText } from './room.js';
import { deliverableViews, flightViews, linkView, type DeliverableView, type FlightView, type LinkView } from './schedule-model.js';

export interface ChannelModel {
  file: string;
  strategyName: string;
  goal: string;
  overviewHref: string;
  channel: ChannelRef;
  /** owned, paid or earned (paid whenever the channel has a budget); null for a custom channel without one. */
  category: Category | null;
  /** The category in words: "owned media". */
  categoryLabel: string | null;
  owner: string | null;
  budget: { amountText: string; shareText: string | null } | null;
  audience: (PersonaRef & PersonaFacts)[];
  stages: (StageRef & { objective: string | null })[];
  content: { headline: string | null; message: string | null; cta: string | null; link: string | null; tone: string | null };
  format: FormatView | null;
  voice: string[];
  coreMessage: string | null;
  kpis: KpiView[];
  /** When the channel is live, in date order. */
  schedule: FlightView[];
  /** The strategy period the channel runs through when it has no flights. */
  period: { start: string; end: string } | null;
  deliverables: DeliverableView[];
  /** The link and its tracking tags; null without a link. */
  link: LinkView | null;
}

export interface FormatView {
  id: string;
  label: string;
  description: string | null;
  /** false when the catalog does not list this format for the channel type (custom channels included). */
  known: boolean;
  limits: LimitView[];
  /** null when the catalog says nothing about links for this format. */
  linksClickable: boolean | null;
  /** What to know about the format: how the platform counts, what cannot be clicked. */
  notes: string[];
}

export interface LimitView {
  field: string;
  label: string;
  /** "125 characters", "160 GSM-7 characters". */
  maxText: string;
  /** How the platform counts, when a reader would count differently. */
  explanation: string | null;
  /** true: the platform cuts or refuses past it; false: a guideline. */
  hard: boolean;
  /** null when the strategy has no text for this field yet. */
  usedText: string | null;
  roomText: string | null;
  fits: boolean | null;
}

/**
 * Whether a channel is owned, paid or earned media in a brief: a channel with a budget is paid media whatever
 * its type (a boosted Instagram account, a sponsored newsletter); otherwise its type's category.
 */
export function mediaCategory(channel: Pick<Channel, 'type' | 'budget'>): Category | null {
  if (typeof channel.budget === 'number' && channel.budget > 0) return 'paid';
  return channelType(channel.type)?.category ?? null;
}

export function channelModel(context: BriefContext, channel: Channel): ChannelModel {
  const { strategy, currency, locale } = context;
  const category = mediaCategory(channel);
  const content = channel.content ?? {};
  const total = typeof strategy.budget?.total === 'number' ? strategy.budget.total : null;
  const budget = typeof channel.budget === 'number' ? channel.budget : null;
  const funnel = context.stagesOf(channel.id);
  return {
    file: context.file,
    strategyName: strategy.name ?? '',
    goal: strategy.goal?.statement ?? '',
    overviewHref: '../overview.md',
    channel: context.channelRef(channel.id, 'sub')!,
    category,
    categoryLabel: category === null ? null : categoryLabel(context.catalog, category),
    owner: channel.owner?.trim() ? channel.owner : null,
    budget: budget === null ? null : {
      amountText: formatMoney(budget, currency, { locale }),
      shareText: total ? formatPercent(budget / total, locale) : null,
    },
    audience: (channel.personas ?? []).flatMap((id) => {
      const ref = context.personaRef(id, 'sub');
      const persona = context.personas.find((p) => p.id === id);
      return ref && persona ? [{ ...ref, ...personaFacts(persona, context) }] : [];
    }),
    stages: funnel.map((stage) => ({ ...stageRef(context, stage), objective: objectiveOf(context, stage) })),
    content: {
      headline: content.headline ?? null,
      message: content.message ?? null,
      cta: content.cta ?? null,
      link: content.link ?? null,
      tone: content.tone ?? null,
    },
    format: content.format ? formatView(context, channel) : null,
    voice: strategy.brand?.voice?.filter((v) => typeof v === 'string') ?? [],
    coreMessage: strategy.brand?.core_message ?? null,
    kpis: (channel.kpis ?? []).filter(Boolean).map((k) => kpiView(k, currency, context)),
    schedule: flightViews(channel, currency, context),
    period: strategy.period?.start && strategy.period.end ? { start: String(strategy.period.start), end: String(strategy.period.end) } : null,
    deliverables: deliverableViews(channel),
    link: linkView(content.link),
  };
}

function formatView(context: BriefContext, channel: Channel): FormatView {
  const { t, catalog } = context;
  const id = channel.content!.format!;
  const facts = formatFacts(channel.type, id);
  const limits = (facts?.limits ?? []).map((limit): LimitView => {
    const text = channel.content?.[limit.field];
    const measured = measure(typeof text === 'string' ? text : '', limit, t);
    const room = typeof text === 'string' ? roomText(measured, t) : null;
    const label = limitLabel(catalog, limit.label);
    return {
      field: limit.field,
      label: label.charAt(0).toUpperCase() + label.slice(1),
      maxText: t.t(measured.unit, { count: measured.max, number: formatNumber(measured.max, context.locale) }),
      explanation: measured.explanation,
      hard: limit.hard,
      usedText: room?.usedText ?? null,
      roomText: room?.roomText ?? null,
      fits: room?.fits ?? null,
    };
  });
  return {
    id,
    label: isFormatId(id) ? formatLabel(catalog, id) : id,
    description: (isFormatId(id) ? formatDescription(catalog, id) : undefined) ?? null,
    known: facts !== undefined,
    limits,
    linksClickable: facts ? facts.linksClickable : null,
    notes: [...new Set([
      ...limits.map((l) => l.explanation).filter((e): e is string => e !== null),
      ...(facts?.note ? [noteLabel(catalog, facts.note)] : []),
      ...(facts && !facts.linksClickable && channel.content?.link ? [t.t('format.linkNotClickable')] : []),
    ])],
  };
}
