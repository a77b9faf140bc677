import { channelType } from '../catalog/index.js';
import { defineRule } from '../lint/define-rule.js';
import { closest } from '../text/suggest.js';

export default defineRule({
  id: 'persona-coverage',
  description: 'Every persona is targeted by at least one channel, and the channels each persona prefers are in the strategy.',
  severity: { recommended: 'warning', strict: 'warning' },
  messages: {
    untargeted: 'No channel targets persona "{{persona}}": add "{{persona}}" to the personas of {{where}}, or remove the persona if the strategy does not speak to them.',
    preferredMissing: 'Persona "{{persona}}" prefers {{label}}, but the strategy has no {{type}} channel: add one to reach them where they already are, or remove "{{type}}" from their preferred_channels.',
    preferredChannel: 'channel {{channels}}, which they prefer',
    preferredChannels: 'channels {{channels}}, which they prefer',
    reaching: 'the channels that reach them',
  },
  check({ strategy, report, provided }) {
    const { personas } = strategy;
    const channels = strategy.channels.filter(Boolean);
    // A channel the schema rejected may be the one a persona needs, and a strategy with no channel at all
    // gets the schema's word for it: stay silent rather than say it twice.
    const channelsReadable = channels.length > 0 && channels.length === strategy.channels.length;
    let targetsReadable = channelsReadable;
    const personaIds = new Set(personas.filter(Boolean).map((p) => p.id));
    const targeted = new Set<string>();
    strategy.channels.forEach((channel, i) => {
      const refs = channel.personas ?? [];
      if ((provided(['channels', i, 'personas']) && !channel.personas) || refs.filter(Boolean).length !== refs.length) targetsReadable = false;
      refs.forEach((ref) => {
        // A misspelt persona id (known-references reports it) still shows who the channel is meant for.
        const id = personaIds.has(ref) ? ref : closest(ref, personaIds);
        if (id) targeted.add(id);
      });
    });

    const present = new Set(channels.flatMap((c) => [c.id, c.type]));

    personas.forEach((persona, i) => {
      const prefers = persona.preferred_channels ?? [];
      if (targetsReadable && !targeted.has(persona.id)) {
        const preferred = channels.filter((c) => prefers.includes(c.id) || prefers.includes(c.type)).map((c) => c.id);
        const where = preferred.length
          ? { messageId: preferred.length > 1 ? 'preferredChannels' : 'preferredChannel', data: { channels: { list: preferred, join: 'and' as const, quoted: true } } }
          : { messageId: 'reaching' };
        report({ messageId: 'untargeted', data: { persona: persona.id, where }, path: ['personas', i] });
      }
      if (!channelsReadable) return;
      prefers.forEach((ref, j) => {
        const type = channelType(ref);
        // Neither a channel id nor a channel type: known-references reports it.
        if (!type || present.has(ref)) return;
        report({ messageId: 'preferredMissing', data: { persona: persona.id, label: type.label, type: ref }, path: ['personas', i, 'preferred_channels', j] });
      });
    });
  },
});
