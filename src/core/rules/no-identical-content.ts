import { defineRule } from '../lint/define-rule.js';
import { alikeTexts, normalizeText } from '../text/similarity.js';

interface Options {
  /** Similarity (0–1) from which two messages count as the same. */
  threshold: number;
}

export default defineRule<'everyChannel' | 'mostChannels' | 'twoChannels' | 'same' | 'nearly' | 'nearlyAlike' | 'andMore', Options>({
  id: 'no-identical-content',
  description: 'Each channel gets a message adapted to it, not the same text everywhere or on most channels.',
  severity: { recommended: 'error', strict: 'error' },
  options: { type: 'object', properties: { threshold: { type: 'number', minimum: 0.5, maximum: 1 } }, additionalProperties: false },
  defaultOptions: { threshold: 0.8 },
  messages: {
    everyChannel: 'Every channel ({{channels}}) carries the same message: adapt it to each channel\'s format, audience and stage.',
    mostChannels: '{{count}} of the {{total}} channels ({{channels}}) carry {{alike}}: adapt it to each channel\'s format, audience and stage.',
    twoChannels: 'Channel "{{channel}}" carries {{alike}} as channel "{{other}}": adapt it to the channel\'s format and audience.',
    same: 'the same message',
    nearly: 'nearly the same message',
    nearlyAlike: 'nearly the same message ({{percent}} % alike)',
    andMore: '{{channels}} and {{more}} more',
  },
  check({ strategy, options, report }) {
    const items: { index: number; id: string; text: string }[] = [];
    strategy.channels.forEach((channel, index) => {
      const text = channel.content?.message ? normalizeText(channel.content.message) : '';
      if (text) items.push({ index, id: channel.id, text });
    });
    const likeness = alikeTexts(items.map((item) => item.text), options.threshold);
    const parent = items.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    for (const [a, b] of likeness.pairs) {
      const [ra, rb] = [root(a), root(b)];
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
    const total = strategy.channels.filter(Boolean).length;
    const groups = new Map<number, number[]>();
    items.forEach((_, i) => {
      const r = root(i);
      const group = groups.get(r);
      if (group) group.push(i);
      else groups.set(r, [i]);
    });
    for (const [first, members] of groups) {
      if (members.length < 2) continue;
      const path = ['channels', items[first]!.index, 'content', 'message'];
      const ids = members.map((m) => items[m]!.id);
      if (members.length === total) {
        report({ messageId: 'everyChannel', data: { channels: ids.join(', ') }, path });
        continue;
      }
      // More than half of the channels, and at least three: the strategy is one message, not several.
      if (members.length >= 3 && members.length * 2 > total) {
        const same = members.every((m) => items[m]!.text === items[first]!.text);
        const shown = ids.length > 6 ? { messageId: 'andMore', data: { channels: ids.slice(0, 5).join(', '), more: ids.length - 5 } } : ids.join(', ');
        report({ messageId: 'mostChannels', data: { count: members.length, total, channels: shown, alike: { messageId: same ? 'same' : 'nearly' } }, path });
        continue;
      }
      for (const m of members.slice(1)) {
        const same = items[m]!.text === items[first]!.text;
        const alike = same ? { messageId: 'same' } : { messageId: 'nearlyAlike', data: { percent: Math.round(likeness.similarity(m, first) * 100) } };
        report({ messageId: 'twoChannels', severity: 'warning', data: { channel: items[m]!.id, other: items[first]!.id, alike }, path: ['channels', items[m]!.index, 'content', 'message'] });
      }
    }
  },
});
