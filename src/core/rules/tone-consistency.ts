import { defineRule } from '../lint/define-rule.js';
import { closest } from '../text/suggest.js';

export default defineRule({
  id: 'tone-consistency',
  description: 'Each channel\'s content tone is one of the brand voice words.',
  severity: { recommended: 'warning', strict: 'warning' },
  fixable: 'layout',
  messages: {
    // What its fix does, as the editor offers it.
    fixCase: 'Write "{{voice}}"',
    suggestTone: 'Change the tone to "{{voice}}"',
    caseOnly: 'Channel "{{channel}}" writes the tone "{{tone}}" where the brand voice writes "{{voice}}": spell it the same way, so briefs and reports group them.',
    typo: 'Channel "{{channel}}" uses the tone "{{tone}}", which is not a brand voice word; did you mean "{{voice}}"?',
    offVoice: 'Channel "{{channel}}" uses the tone "{{tone}}", which is not part of the brand voice: pick {{voice}}, or add "{{tone}}" to brand.voice if the brand really speaks that way.',
    oneOf: 'one of {{words}}',
  },
  check({ strategy, report }) {
    const voice = (strategy.brand?.voice ?? []).filter(Boolean).map((word) => word.trim()).filter((word) => word);
    if (!voice.length) return;
    const exact = new Set(voice);
    const byCase = new Map<string, string>();
    for (const word of voice) if (!byCase.has(word.toLowerCase())) byCase.set(word.toLowerCase(), word);
    strategy.channels.forEach((channel, i) => {
      const tone = channel.content?.tone?.trim();
      if (!tone || exact.has(tone)) return;
      const path = ['channels', i, 'content', 'tone'];
      const spelt = byCase.get(tone.toLowerCase());
      if (spelt) {
        report({ messageId: 'caseOnly', data: { channel: channel.id, tone, voice: spelt }, path, severity: 'info', fix: { value: spelt, desc: { messageId: 'fixCase', data: { voice: spelt } } } });
        return;
      }
      const match = closest(tone, voice);
      if (match) report({ messageId: 'typo', data: { channel: channel.id, tone, voice: match }, path, suggest: [{ value: match, desc: { messageId: 'suggestTone', data: { voice: match } } }] });
      else {
        const words = { list: voice, join: 'or' as const, quoted: true };
        report({ messageId: 'offVoice', data: { channel: channel.id, tone, voice: voice.length > 1 ? { messageId: 'oneOf', data: { words } } : words }, path });
      }
    });
  },
});

