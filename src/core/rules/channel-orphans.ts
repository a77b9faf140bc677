import { channelType } from '../catalog/index.js';
import { defineRule, type MessageValue } from '../lint/define-rule.js';
import { closest } from '../text/suggest.js';
import { STAGES, type Stage } from '../strategy/types.js';

export default defineRule({
  id: 'channel-orphans',
  description: 'Every channel targets at least one persona and serves at least one stage of the funnel.',
  severity: { recommended: 'warning', strict: 'warning' },
  messages: {
    noPersona: 'Channel "{{channel}}" targets no persona: list who it speaks to under its personas{{example}}.',
    noStage: 'Channel "{{channel}}" serves no funnel stage: add "{{channel}}" to the channels of the stage it works for under funnel{{hint}}.',
    preferredBy: ', for example [{{personas}}], who prefers it',
    preferredByMany: ', for example [{{personas}}], who prefer it',
    journeyStages: '; its journeys already use it at the {{stages}} stage',
    typeStages: '; {{type}} usually serves {{stages}}',
  },
  check({ strategy, report, provided }) {
    const { channels, funnel, personas, journeys } = strategy;
    const channelIds = new Set(channels.filter(Boolean).map((c) => c.id));
    // The funnel is the one map of stages to channels; journeys only illustrate it. Without a funnel
    // funnel-coverage speaks, and a funnel entry the schema rejected may be the one that names a channel.
    let mapped = funnel.length > 0 && funnel.filter(Boolean).length === funnel.length;
    const served = new Set<string>();
    funnel.forEach((item, i) => {
      const refs = item.channels ?? [];
      if ((provided(['funnel', i, 'channels']) && !item.channels) || refs.filter(Boolean).length !== refs.length) mapped = false;
      refs.forEach((ref) => {
        // A misspelt channel id (known-references reports it) still shows which channel the stage means.
        const id = channelIds.has(ref) ? ref : closest(ref, channelIds);
        if (id) served.add(id);
      });
    });
    // Who prefers each channel id or type, and where journeys use each channel: the hints below.
    const fans = new Map<string, string[]>();
    personas.forEach((persona) => persona.preferred_channels?.forEach((ref) => fans.set(ref, [...(fans.get(ref) ?? []), persona.id])));
    const journeyStages = new Map<string, Set<Stage>>();
    journeys.forEach((journey) => journey.steps?.forEach((step) => {
      if (step.stage) journeyStages.set(step.channel, (journeyStages.get(step.channel) ?? new Set<Stage>()).add(step.stage));
    }));

    channels.forEach((channel, i) => {
      if (!channel.personas?.length && !(provided(['channels', i, 'personas']) && !channel.personas)) {
        const likely = [...new Set([...(fans.get(channel.id) ?? []), ...(fans.get(channel.type) ?? [])])];
        const example = likely.length ? { messageId: likely.length > 1 ? 'preferredByMany' : 'preferredBy', data: { personas: { list: likely, join: ', ' as const } } } : '';
        report({ messageId: 'noPersona', data: { channel: channel.id, example }, path: channel.personas ? ['channels', i, 'personas'] : ['channels', i] });
      }
      if (mapped && !served.has(channel.id)) {
        report({ messageId: 'noStage', data: { channel: channel.id, hint: stageHint(journeyStages.get(channel.id), channel.type) }, path: ['channels', i] });
      }
    });
  },
});

/** The stages where journeys already use the channel, or else those its type usually serves. */
function stageHint(used: Set<Stage> | undefined, type: string): MessageValue {
  if (used) return { messageId: 'journeyStages', data: { stages: { list: STAGES.filter((s) => used.has(s)), join: 'or' } } };
  const facts = type === 'custom' ? undefined : channelType(type);
  return facts ? { messageId: 'typeStages', data: { type: facts.label, stages: { list: facts.stages, join: 'or' } } } : '';
}

