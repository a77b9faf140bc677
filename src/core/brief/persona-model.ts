import { channelTypeLabel } from '../catalog/labels.js';
import { isChannelTypeId } from '../catalog/index.js';
import type { Persona } from '../strategy/types.js';
import { objectiveOf, shorten, stageRef, type BriefContext, type ChannelRef, type PersonaRef, type StageRef } from './model.js';
import { personaFacts, type PersonaFacts } from './persona-facts.js';

export interface PersonaModel extends PersonaFacts {
  file: string;
  strategyName: string;
  overviewHref: string;
  persona: PersonaRef;
  /** Each preferred channel as written (a channel id or a channel type) and the channels of the strategy it matches. */
  preferred: { value: string; typeLabel: string | null; channels: ChannelRef[] }[];
  /** The channels that list this persona in their audience. */
  targetedBy: ChannelRef[];
  /** Each stage, with the channels that serve it and target this persona. */
  stages: (StageRef & { objective: string | null; channels: ChannelRef[] })[];
  journeys: JourneyView[];
}

export interface JourneyView {
  /** "Journey 1", "Journey 2"… when the persona has several journeys; null when it has one. */
  heading: string | null;
  steps: {
    position: number;
    /** Mermaid node id and label. */
    nodeId: string;
    label: string;
    channelId: string;
    /** null when the step names a channel the strategy does not have. */
    channel: ChannelRef | null;
    stage: StageRef | null;
    action: string | null;
  }[];
}

export function personaModel(context: BriefContext, persona: Persona): PersonaModel {
  const ref = (id: string) => context.channelRef(id, 'sub');
  const targetedBy = context.channels.filter((c) => c.personas?.includes(persona.id)).map((c) => ref(c.id)!);
  const journeys = context.strategy.journeys.filter((j) => j && j.persona === persona.id);
  return {
    file: context.file,
    strategyName: context.strategy.name ?? '',
    overviewHref: '../overview.md',
    persona: context.personaRef(persona.id, 'sub')!,
    ...personaFacts(persona, context),
    preferred: (persona.preferred_channels ?? []).filter((v) => typeof v === 'string').map((value) => {
      const own = ref(value);
      return {
        value,
        typeLabel: own || !isChannelTypeId(value) ? null : channelTypeLabel(context.catalog, value),
        channels: own ? [own] : context.channels.filter((c) => c.type === value).map((c) => ref(c.id)!),
      };
    }),
    targetedBy,
    stages: context.stages.map((stage) => ({
      ...stageRef(context, stage),
      objective: objectiveOf(context, stage),
      channels: targetedBy.filter((c) => context.stagesOf(c.id).includes(stage)),
    })),
    journeys: journeys.map((journey, j) => ({
      heading: journeys.length > 1 ? context.t.t('persona.journeyNumber', { number: j + 1 }) : null,
      steps: (journey.steps ?? []).filter(Boolean).map((step, i) => ({
        position: i + 1,
        nodeId: `step${i + 1}`,
        label: shorten(ref(step.channel)?.title ?? step.channel),
        channelId: step.channel,
        channel: ref(step.channel),
        stage: step.stage ? stageRef(context, step.stage) : null,
        action: step.action ?? null,
      })),
    })),
  };
}
