import { channelType } from '../catalog/index.js';
import { defineRule } from '../lint/define-rule.js';
import { CORE_STAGES, STAGES, type Stage } from '../strategy/types.js';

// What each core stage does, a phrase of the message table per stage.
const PURPOSE = {
  awareness: 'purposeAwareness',
  consideration: 'purposeConsideration',
  conversion: 'purposeConversion',
  retention: 'purposeRetention',
} as const satisfies Record<(typeof CORE_STAGES)[number], string>;

// Messaging and loyalty channel types: the ones that reach customers who already bought.
const RETAINING = new Set<string>(['email', 'sms', 'push', 'in-app', 'telegram', 'whatsapp', 'viber', 'messenger', 'live-chat', 'referral']);

export default defineRule({
  id: 'funnel-coverage',
  description: 'Each core funnel stage has at least one channel, and every conversion channel has a call to action.',
  severity: { recommended: 'warning', strict: 'warning' },
  fixable: 'layout',
  messages: {
    // What its fix does, as the editor offers it.
    fixOrder: 'Put the stages in the order of the method',
    order: 'The funnel lists the {{stage}} stage after the {{previous}} stage: put the stages in the order of the method (awareness, consideration, conversion, retention, advocacy), so the funnel reads from first contact to repeat purchase.',
    noFunnel: 'The strategy has no funnel: map your channels to the core stages (awareness, consideration, conversion, retention) under funnel, so every step from first contact to repeat purchase has a channel.',
    missingStage: 'The funnel has no {{stage}} stage, so nothing {{purpose}}: add "- stage: {{stage}}" under funnel with the channels that do{{example}}.',
    emptyStage: 'The {{stage}} stage of the funnel has no channel, so nothing {{purpose}}: add the channels that do to this stage\'s channels{{example}}.',
    purposeAwareness: 'makes new people aware of you',
    purposeConsideration: 'helps people compare you with the alternatives',
    purposeConversion: 'turns interest into a sale or a booking',
    purposeRetention: 'brings customers back',
    example: ', for example {{channels}}',
    noCta: 'Channel "{{channel}}" serves the conversion stage but has no call to action: add content.cta, the words that tell people what to do now ("Book now", "Get a quote").',
  },
  check({ strategy, report, provided, rejected }) {
    const { funnel, channels } = strategy;
    // No channel at all (or no strategy at all): there is nothing to map, and the schema says so.
    if (!channels.length) return;
    if (!funnel.length) {
      if (rejected(['funnel'])) return;
      report({ messageId: 'noFunnel', path: ['funnel'], target: 'key' });
      return;
    }
    // A stage the schema rejected could be the one that looks missing: say nothing rather than say it twice.
    const complete = funnel.filter(Boolean).length === funnel.length;
    const covered = new Set<Stage>();
    const firstItem = new Map<Stage, number>();
    funnel.forEach((item, i) => {
      if (!firstItem.has(item.stage)) firstItem.set(item.stage, i);
      // A channel list the schema rejected was still written: the schema has said what is wrong with it.
      if (item.channels?.length || (provided(['funnel', i, 'channels']) && !item.channels)) covered.add(item.stage);
    });
    for (const stage of CORE_STAGES) {
      if (covered.has(stage)) continue;
      const serving = channels.filter(Boolean).filter((c) => c.type !== 'custom' && channelType(c.type)?.stages.includes(stage));
      // Customers come back through the messages and programmes they signed up to: those first.
      if (stage === 'retention') serving.sort((a, b) => Number(!RETAINING.has(a.type)) - Number(!RETAINING.has(b.type)));
      const ids = serving.map((c) => c.id).slice(0, 3);
      const example = ids.length ? { messageId: 'example', data: { channels: { list: ids, join: 'or' as const, quoted: true } } } : '';
      const data = { stage, purpose: { messageId: PURPOSE[stage] }, example };
      const at = firstItem.get(stage);
      if (at !== undefined) {
        const path = provided(['funnel', at, 'channels']) ? ['funnel', at, 'channels'] : ['funnel', at, 'stage'];
        report({ messageId: 'emptyStage', data, path });
      } else if (complete) {
        report({ messageId: 'missingStage', data, path: ['funnel'], target: 'key' });
      }
    }

    // Out of the method's order: one finding, at the first stage that comes too late, and one fix for the whole list.
    if (complete) {
      const rank = (stage: Stage) => STAGES.indexOf(stage);
      let latest = 0;
      const late = funnel.findIndex((item, i) => {
        if (rank(item.stage) < rank(funnel[latest]!.stage)) return true;
        if (rank(item.stage) > rank(funnel[latest]!.stage)) latest = i;
        return false;
      });
      if (late !== -1) {
        const order = funnel.map((_, i) => i).sort((a, b) => rank(funnel[a]!.stage) - rank(funnel[b]!.stage) || a - b);
        report({
          messageId: 'order', data: { stage: funnel[late]!.stage, previous: funnel[latest]!.stage }, path: ['funnel', late, 'stage'], severity: 'info',
          fix: { order, path: ['funnel'], desc: { messageId: 'fixOrder' } },
        });
      }
    }

    const converting = new Set<string>();
    funnel.forEach((item) => {
      if (item.stage === 'conversion') item.channels?.forEach((id) => converting.add(id));
    });
    channels.forEach((channel, i) => {
      if (!converting.has(channel.id) || provided(['channels', i, 'content', 'cta'])) return;
      if (provided(['channels', i, 'content']) && !channel.content) return;
      const path = channel.content ? ['channels', i, 'content'] : ['channels', i];
      report({ messageId: 'noCta', data: { channel: channel.id }, path, target: 'key' });
    });
  },
});

