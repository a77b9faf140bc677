import { CHANNEL_TYPES } from '../catalog/ids.js';
import { defineRule } from '../lint/define-rule.js';
import { isRecord } from '../strategy/describe.js';
import { closest } from '../text/suggest.js';

export default defineRule({
  id: 'known-references',
  description: 'Every persona and channel named anywhere in the strategy exists.',
  severity: { recommended: 'error', strict: 'error' },
  messages: {
    unknownPersona: '{{place}} names persona "{{id}}", which the strategy does not define{{hint}}',
    unknownChannel: '{{place}} names channel "{{id}}", which the strategy does not define{{hint}}',
    unknownPreferred: 'Persona "{{persona}}" prefers "{{id}}", which is neither a channel of this strategy nor a channel type{{hint}}',
    placeChannel: 'Channel "{{channel}}"',
    placeStage: 'The {{stage}} stage of the funnel',
    placeJourney: 'Journey {{n}}',
    placeStep: 'Step {{n}} of the journey of "{{persona}}"',
    didYouMean: '; did you mean "{{match}}"?',
    end: '.',
  },
  check({ strategy, report, raw }) {
    // Ids come from the file as written: a channel the schema rejected (type: websit) is still the one meant.
    const personas = writtenIds(raw, 'personas');
    const channels = writtenIds(raw, 'channels');
    const hint = (id: string, known: Iterable<string>) => {
      const match = closest(id, known);
      return match ? { messageId: 'didYouMean', data: { match } } : { messageId: 'end' };
    };
    strategy.channels.forEach((channel, i) => {
      channel.personas?.forEach((id, j) => {
        if (!personas.has(id)) report({ messageId: 'unknownPersona', data: { place: { messageId: 'placeChannel', data: { channel: channel.id } }, id, hint: hint(id, personas) }, path: ['channels', i, 'personas', j] });
      });
    });
    strategy.funnel.forEach((stage, i) => {
      stage.channels?.forEach((id, j) => {
        if (!channels.has(id)) report({ messageId: 'unknownChannel', data: { place: { messageId: 'placeStage', data: { stage: stage.stage } }, id, hint: hint(id, channels) }, path: ['funnel', i, 'channels', j] });
      });
    });
    strategy.journeys.forEach((journey, i) => {
      if (!personas.has(journey.persona)) {
        report({ messageId: 'unknownPersona', data: { place: { messageId: 'placeJourney', data: { n: i + 1 } }, id: journey.persona, hint: hint(journey.persona, personas) }, path: ['journeys', i, 'persona'] });
      }
      journey.steps?.forEach((step, j) => {
        if (!channels.has(step.channel)) {
          report({ messageId: 'unknownChannel', data: { place: { messageId: 'placeStep', data: { n: j + 1, persona: journey.persona } }, id: step.channel, hint: hint(step.channel, channels) }, path: ['journeys', i, 'steps', j, 'channel'] });
        }
      });
    });
    const preferable = new Set([...channels, ...CHANNEL_TYPES]);
    strategy.personas.forEach((persona, i) => {
      persona.preferred_channels?.forEach((id, j) => {
        if (!preferable.has(id)) report({ messageId: 'unknownPreferred', data: { persona: persona.id, id, hint: hint(id, preferable) }, path: ['personas', i, 'preferred_channels', j] });
      });
    });
  },
});

function writtenIds(raw: unknown, list: 'personas' | 'channels'): Set<string> {
  const items = isRecord(raw) ? raw[list] : undefined;
  const ids = new Set<string>();
  if (Array.isArray(items)) items.forEach((item) => isRecord(item) && typeof item.id === 'string' && ids.add(item.id));
  return ids;
}
