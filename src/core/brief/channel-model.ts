import { channelType, formatFacts, formats, isFormatId } from '../catalog/index.js';
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
  /** owned, paid or earned; null for custom channels. */
  category: string | null;
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

export function channelModel(context: BriefContext, channel: Channel): ChannelModel {
  const { strategy, currency } = context;
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
    category: channelType(channel.type)?.category ?? null,
    owner: channel.owner?.trim() ? channel.owner : null,
    budget: budget === null ? null : {
      amountText: formatMoney(budget, currency),
      shareText: total ? formatPercent(budget / total) : null,
    },
    audience: (channel.personas ?? []).flatMap((id) => {
      const ref = context.personaRef(id, 'sub');
      const persona = context.personas.find((p) => p.id === id);
      return ref && persona ? [{ ...ref, ...personaFacts(persona) }] : [];
    }),
    stages: funnel.map((stage) => ({ ...stageRef(stage), objective: objectiveOf(context, stage) })),
    content: {
      headline: content.headline ?? null,
      message: content.message ?? null,
      cta: content.cta ?? null,
      link: content.link ?? null,
      tone: content.tone ?? null,
    },
    format: content.format ? formatView(channel) : null,
    voice: strategy.brand?.voice?.filter((v) => typeof v === 'string') ?? [],
    coreMessage: strategy.brand?.core_message ?? null,
    kpis: (channel.kpis ?? []).filter(Boolean).map((k) => kpiView(k, currency)),
    schedule: flightViews(channel, currency),
    period: strategy.period?.start && strategy.period.end ? { start: String(strategy.period.start), end: String(strategy.period.end) } : null,
    deliverables: deliverableViews(channel),
    link: linkView(content.link),
  };
}

function formatView(channel: Channel): FormatView {
  const id = channel.content!.format!;
  const info = isFormatId(id) ? formats[id] : undefined;
  const facts = formatFacts(channel.type, id);
  const limits = (facts?.limits ?? []).map((limit): LimitView => {
    const text = channel.content?.[limit.field];
    const measured = measure(typeof text === 'string' ? text : '', limit);
    const room = typeof text === 'string' ? roomText(measured) : null;
    return {
      field: limit.field,
      label: limit.label.charAt(0).toUpperCase() + limit.label.slice(1),
      maxText: `${formatNumber(measured.max)} ${measured.unit}`,
      explanation: measured.explanation,
      hard: limit.hard,
      usedText: room?.usedText ?? null,
      roomText: room?.roomText ?? null,
      fits: room?.fits ?? null,
    };
  });
  return {
    id,
    label: info?.label ?? id,
    description: info?.description ?? null,
    known: facts !== undefined,
    limits,
    linksClickable: facts ? facts.linksClickable : null,
    notes: [...new Set([
      ...limits.map((l) => l.explanation).filter((e): e is string => e !== null),
      ...(facts?.note ? [facts.note] : []),
      ...(facts && !facts.linksClickable && channel.content?.link ? ['The link of this channel cannot be clicked here: print or say it, or turn it into a QR code.'] : []),
    ])],
  };
}
